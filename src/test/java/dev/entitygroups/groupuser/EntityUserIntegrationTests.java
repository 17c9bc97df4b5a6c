package dev.entitygroups.groupuser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.entitygroups.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EntityUserIntegrationTests extends UserTestSupport {

	@Test
	void createsUserWithDistinctRolesInFirstSeenOrder() {
		String entityId = createEntity(unique("acme"));

		String user = postForBody("/entity/" + entityId + "/user", """
				{"foreignId": "jane", "email": "jane@acme.example", "name": "Jane Doe",
				 "roles": ["approver", "admin", "approver"]}""");

		assertThat(read(user, "$.id").toString()).matches("user_[0-9a-f-]{36}");
		assertThat(read(user, "$.foreignId").toString()).isEqualTo("jane");
		assertThat(read(user, "$.email").toString()).isEqualTo("jane@acme.example");
		assertThat(read(user, "$.name").toString()).isEqualTo("Jane Doe");
		assertThat(this.<List<String>>read(user, "$.roles")).containsExactly("approver", "admin");
		assertThat(read(user, "$.createdAt").toString()).isNotBlank();
		assertThat(read(user, "$.updatedAt").toString()).isNotBlank();
	}

	@Test
	void createsUserWithoutAnyField() {
		String entityId = createEntity(unique("acme"));

		String user = postForBody("/entity/" + entityId + "/user", "{}");

		assertThat(this.<List<String>>read(user, "$.roles")).isEmpty();
		assertThat(user).doesNotContain("foreignId");
	}

	@Test
	void findsUserOfEntityByItsForeignId() {
		String entityForeignId = unique("acme");
		String entityId = read(postForBody("/entity", Fixtures.business(entityForeignId, "Acme")), "$.id");
		String userId = createUser(entityId, "jane", "admin");

		String user = getBody("/entity/" + entityForeignId + "/user/" + userId);

		assertThat(read(user, "$.id").toString()).isEqualTo(userId);
		assertThat(this.<List<String>>read(user, "$.roles")).containsExactly("admin");
	}

	@Test
	void answersNotFoundForUserOfAnotherEntity() {
		String userId = createUser(createEntity(unique("acme")), "jane");
		String other = createEntity(unique("globex"));

		this.api.get()
			.uri("/entity/" + other + "/user/" + userId)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("NotFound");
	}

	@Test
	void updatesOnlyTheGivenFields() {
		String entityId = createEntity(unique("acme"));
		String userId = createUser(entityId, "jane", "viewer");

		String user = postForBody("/entity/" + entityId + "/user/" + userId, "{\"roles\": [\"admin\"]}");

		assertThat(this.<List<String>>read(user, "$.roles")).containsExactly("admin");
		assertThat(read(user, "$.name").toString()).isEqualTo("Person jane");
		assertThat(read(user, "$.foreignId").toString()).isEqualTo("jane");
	}

	@Test
	void deletesUser() {
		String entityId = createEntity(unique("acme"));
		String userId = createUser(entityId, "jane");

		this.api.delete().uri("/entity/" + entityId + "/user/" + userId).exchange().expectStatus().isNoContent();

		this.api.get().uri("/entity/" + entityId + "/user/" + userId).exchange().expectStatus().isNotFound();
	}

	@Test
	void rejectsForeignIdUsedByAnotherUserOfTheEntity() {
		String entityId = createEntity(unique("acme"));
		createUser(entityId, "jane");

		EntityExchangeResult<String> result = send("/entity/" + entityId + "/user", "{\"foreignId\": \"jane\"}");

		assertThat(result.getStatus().value()).isEqualTo(409);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("foreignId");
		assertThat(read(result.getResponseBody(), "$.errorName").toString()).isEqualTo("Conflict");
	}

	@Test
	void rejectsRenamingToAForeignIdInUse() {
		String entityId = createEntity(unique("acme"));
		createUser(entityId, "jane");
		String userId = createUser(entityId, "john");

		EntityExchangeResult<String> result = send("/entity/" + entityId + "/user/" + userId,
				"{\"foreignId\": \"jane\"}");

		assertThat(result.getStatus().value()).isEqualTo(409);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("foreignId");
	}

	@Test
	void answersConflictToAllButOneOfParallelCreatesWithOneForeignId() throws Exception {
		String entityId = createEntity(unique("acme"));
		ExecutorService executor = Executors.newFixedThreadPool(10);

		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				answers.add(executor.submit(
						() -> send("/entity/" + entityId + "/user", "{\"foreignId\": \"racer\"}").getStatus().value()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}

			assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(usersOf(entityId)).containsExactly("racer");
	}

	@Test
	void allowsTheSameForeignIdInAnotherEntity() {
		createUser(createEntity(unique("acme")), "jane");
		String other = createEntity(unique("globex"));

		String user = postForBody("/entity/" + other + "/user", "{\"foreignId\": \"jane\"}");

		assertThat(read(user, "$.foreignId").toString()).isEqualTo("jane");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUsers")
	void rejectsInvalidUser(String rule, String body, String field) {
		String entityId = createEntity(unique("acme"));

		EntityExchangeResult<String> result = send("/entity/" + entityId + "/user", body);

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(this.<List<String>>read(result.getResponseBody(), "$.errors[*].field")).contains(field);
		assertThat(usersOf(entityId)).isEmpty();
	}

	static Stream<Arguments> invalidUsers() {
		return Stream.of(arguments("blank role", "{\"roles\": [\" \"]}", "roles[0]"),
				arguments("role over 100 characters", "{\"roles\": " + jsonList("r".repeat(101)) + "}", "roles[0]"),
				arguments("more than 50 roles", "{\"roles\": " + jsonList(roles(51)) + "}", "roles"),
				arguments("invalid email", "{\"email\": \"not-an-email\"}", "email"),
				arguments("email over 320 characters", "{\"email\": \"" + "e".repeat(310) + "@example.com\"}", "email"),
				arguments("blank foreignId", "{\"foreignId\": \"  \"}", "foreignId"),
				arguments("foreignId over 255 characters", "{\"foreignId\": \"" + "f".repeat(256) + "\"}", "foreignId"),
				arguments("name over 255 characters", "{\"name\": \"" + "n".repeat(256) + "\"}", "name"),
				arguments("roles not a list", "{\"roles\": \"admin\"}", "roles"),
				arguments("unknown field", "{\"role\": [\"admin\"]}", "role"));
	}

	@Test
	void filtersUsersByForeignIdRoleNameAndEmail() {
		String entityId = createEntity(unique("acme"));
		createUser(entityId, "ann", "admin");
		createUser(entityId, "bob", "viewer");
		createUser(entityId, "cid", "approver", "viewer");
		postForBody("/entity/" + entityId + "/user", """
				{"foreignId": "dee", "name": "Dee 100%_Sure", "email": "DEE@Other.example"}""");

		assertThat(foreignIds(entityId, "foreignId=ann&foreignId=cid")).containsExactly("ann", "cid");
		assertThat(foreignIds(entityId, "role=admin&role=approver")).containsExactly("ann", "cid");
		assertThat(foreignIds(entityId, "role=viewer")).containsExactly("bob", "cid");
		assertThat(foreignIds(entityId, "name=PERSON b")).containsExactly("bob");
		assertThat(foreignIdsNamed(entityId, "0%_s")).containsExactly("dee");
		assertThat(foreignIdsNamed(entityId, "%")).containsExactly("dee");
		assertThat(foreignIdsNamed(entityId, "n_")).isEmpty();
		assertThat(foreignIds(entityId, "email=other.EXAMPLE")).containsExactly("dee");
		assertThat(foreignIds(entityId, "email=example.com&role=viewer&name=cid")).containsExactly("cid");
	}

	@Test
	void pagesThroughUsersInCreationOrder() {
		String entityId = createEntity(unique("acme"));
		for (String foreignId : List.of("u1", "u2", "u3", "u4", "u5")) {
			createUser(entityId, foreignId);
		}

		String first = getBody("/entity/" + entityId + "/users?limit=2");
		String second = getBody("/entity/" + entityId + "/users?limit=2&startingAfter=" + read(first, "$.data[1].id"));
		String last = getBody("/entity/" + entityId + "/users?limit=2&startingAfter=" + read(second, "$.data[1].id"));

		assertThat(this.<Integer>read(first, "$.count")).isEqualTo(5);
		assertThat(this.<Boolean>read(first, "$.hasMore")).isTrue();
		assertThat(this.<List<String>>read(first, "$.data[*].foreignId")).containsExactly("u1", "u2");
		assertThat(this.<List<String>>read(second, "$.data[*].foreignId")).containsExactly("u3", "u4");
		assertThat(this.<Boolean>read(second, "$.hasMore")).isTrue();
		assertThat(this.<List<String>>read(last, "$.data[*].foreignId")).containsExactly("u5");
		assertThat(this.<Boolean>read(last, "$.hasMore")).isFalse();
		assertThat(this.<Integer>read(last, "$.count")).isEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource({ "limit=0, limit", "limit=101, limit", "startingAfter=user_nope, startingAfter" })
	void rejectsInvalidListParameters(String query, String field) {
		String entityId = createEntity(unique("acme"));

		this.api.get()
			.uri("/entity/" + entityId + "/users?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@Test
	void answersNotFoundForUsersOfUnknownEntity() {
		this.api.get().uri("/entity/nobody/users").exchange().expectStatus().isNotFound();

		this.api.post()
			.uri("/entity/nobody/user")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private List<String> foreignIds(String entityId, String query) {
		return read(getBody("/entity/" + entityId + "/users?" + query), "$.data[*].foreignId");
	}

	private List<String> foreignIdsNamed(String entityId, String name) {
		String page = this.api.get()
			.uri("/entity/{entityId}/users?name={name}", entityId, name)
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		return read(page, "$.data[*].foreignId");
	}

	private static String[] roles(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "role-" + i).toArray(String[]::new);
	}

}
