package dev.entitygroups.groupuser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.entitygroups.group.EntityGroup;
import dev.entitygroups.support.Fixtures;
import dev.entitygroups.web.PrefixedId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class GroupUserIntegrationTests extends UserTestSupport {

	@Autowired
	private GroupUserDirectory directory;

	@Test
	void createsUserOnEveryEntityOfTheGroup() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String groupId = createGroup(first, second);

		String user = postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "jane", "email": "jane@example.com", "name": "Jane", "roles": ["viewer"]}""");

		assertThat(read(user, "$.foreignId").toString()).isEqualTo("jane");
		assertThat(read(user, "$.email").toString()).isEqualTo("jane@example.com");
		assertThat(read(user, "$.name").toString()).isEqualTo("Jane");
		assertThat(this.<List<String>>read(user, "$.entities[*].entityId")).containsExactly(first, second);
		assertThat(this.<List<String>>read(user, "$.entities[*].id")).allMatch((id) -> id.startsWith("user_"));
		assertThat(this.<List<String>>read(user, "$.entities[0].roles")).containsExactly("viewer");
		assertThat(read(user, "$.createdAt").toString()).isNotBlank();
		assertThat(usersOf(first)).containsExactly("jane");
		assertThat(usersOf(second)).containsExactly("jane");
	}

	@Test
	void appliesPerEntityRolesOverGroupRoles() {
		String first = createEntity(unique("acme"));
		String secondForeignId = unique("globex");
		String second = read(postForBody("/entity", Fixtures.business(secondForeignId, "Globex")), "$.id");
		String groupId = createGroup(first, second);

		String user = postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "jane", "roles": ["viewer"],
				 "entities": [{"entityId": "%s", "roles": ["admin", "approver", "admin"]}]}"""
			.formatted(secondForeignId));

		assertThat(this.<List<String>>read(user, "$.entities[0].roles")).containsExactly("viewer");
		assertThat(this.<List<String>>read(user, "$.entities[1].roles")).containsExactly("admin", "approver");
		assertThat(rolesOf(second, "jane")).containsExactly("admin", "approver");
	}

	@Test
	void updatesExistingUserOnUpsertKeepingAbsentFields() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String groupId = createGroup(first, second);
		postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "jane", "email": "jane@example.com", "name": "Jane", "roles": ["viewer"]}""");

		String user = postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "jane", "name": "Jane Doe",
				 "entities": [{"entityId": "%s", "roles": ["admin"]}]}""".formatted(second));

		assertThat(read(user, "$.name").toString()).isEqualTo("Jane Doe");
		assertThat(read(user, "$.email").toString()).isEqualTo("jane@example.com");
		assertThat(this.<List<String>>read(user, "$.entities[0].roles")).containsExactly("viewer");
		assertThat(this.<List<String>>read(user, "$.entities[1].roles")).containsExactly("admin");
		assertThat(usersOf(first)).containsExactly("jane");
	}

	@Test
	void rejectsPerEntityRolesForEntityOutsideTheGroupAndCreatesNobody() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String outsider = createEntity(unique("initech"));
		String groupId = createGroup(first, second);

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user", """
				{"foreignId": "jane", "roles": ["viewer"],
				 "entities": [{"entityId": "%s", "roles": ["admin"]}, {"entityId": "%s", "roles": ["admin"]}]}"""
			.formatted(first, outsider));

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("entities[1].entityId");
		assertThat(read(result.getResponseBody(), "$.detail").toString()).contains(outsider);
		assertThat(usersOf(first)).isEmpty();
		assertThat(usersOf(second)).isEmpty();
		assertThat(usersOf(outsider)).isEmpty();
	}

	@Test
	void rejectsUserWithoutForeignId() {
		String groupId = createGroup(createEntity(unique("acme")));

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user", "{\"name\": \"Jane\"}");

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("foreignId");
	}

	@Test
	void findsGroupUserOnlyOnEntitiesWhereItExists() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String groupId = createGroup(first, second);
		createUser(second, "jane", "admin");

		String user = getBody("/entityGroup/" + groupId + "/user/jane");

		assertThat(this.<List<String>>read(user, "$.entities[*].entityId")).containsExactly(second);
		assertThat(this.<List<String>>read(user, "$.entities[0].roles")).containsExactly("admin");
	}

	@Test
	void answersNotFoundForUserOnNoEntityOfTheGroup() {
		String groupId = createGroup(createEntity(unique("acme")));
		createUser(createEntity(unique("outsider")), "jane");

		this.api.get()
			.uri("/entityGroup/" + groupId + "/user/jane")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("NotFound");
	}

	@Test
	void updatesGroupUserThroughItsPath() {
		String first = createEntity(unique("acme"));
		String groupId = createGroup(first);
		postForBody("/entityGroup/" + groupId + "/user", "{\"foreignId\": \"jane\", \"roles\": [\"viewer\"]}");

		String user = postForBody("/entityGroup/" + groupId + "/user/jane",
				"{\"foreignId\": \"jane\", \"roles\": [\"admin\"]}");

		assertThat(this.<List<String>>read(user, "$.entities[0].roles")).containsExactly("admin");
	}

	@Test
	void refusesToUpdateUnknownGroupUser() {
		String groupId = createGroup(createEntity(unique("acme")));

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user/jane",
				"{\"foreignId\": \"jane\"}");

		assertThat(result.getStatus().value()).isEqualTo(404);
	}

	@Test
	void refusesUpdateWhoseForeignIdDiffersFromThePath() {
		String groupId = createGroup(createEntity(unique("acme")));
		postForBody("/entityGroup/" + groupId + "/user", "{\"foreignId\": \"jane\"}");

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user/jane",
				"{\"foreignId\": \"john\"}");

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("foreignId");
	}

	@Test
	void deletesUserFromEveryEntityOfTheGroupOnly() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String outsider = createEntity(unique("initech"));
		String groupId = createGroup(first, second);
		postForBody("/entityGroup/" + groupId + "/user", "{\"foreignId\": \"jane\"}");
		createUser(outsider, "jane");

		this.api.delete().uri("/entityGroup/" + groupId + "/user/jane").exchange().expectStatus().isNoContent();

		assertThat(usersOf(first)).isEmpty();
		assertThat(usersOf(second)).isEmpty();
		assertThat(usersOf(outsider)).containsExactly("jane");
		this.api.delete().uri("/entityGroup/" + groupId + "/user/jane").exchange().expectStatus().isNotFound();
	}

	@Test
	void filtersGroupUsersAndCountsEachUserOnce() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String groupId = createGroup(first, second);
		postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "ann", "name": "Ann Admin", "email": "ann@acme.example", "roles": ["viewer"],
				 "entities": [{"entityId": "%s", "roles": ["admin"]}]}""".formatted(second));
		postForBody("/entityGroup/" + groupId + "/user", """
				{"foreignId": "bob", "name": "Bob Viewer", "email": "bob@globex.example", "roles": ["viewer"]}""");
		createUser(first, "cid", "approver");

		String all = getBody("/entityGroup/" + groupId + "/users");
		String admins = getBody("/entityGroup/" + groupId + "/users?role=admin&role=approver");

		assertThat(this.<Integer>read(all, "$.count")).isEqualTo(3);
		assertThat(this.<List<String>>read(all, "$.data[*].foreignId")).containsExactly("ann", "bob", "cid");
		assertThat(this.<Integer>read(admins, "$.count")).isEqualTo(2);
		assertThat(this.<List<String>>read(admins, "$.data[*].foreignId")).containsExactly("ann", "cid");
		assertThat(this.<List<String>>read(admins, "$.data[0].entities[*].entityId")).containsExactly(first, second);
		assertThat(groupForeignIds(groupId, "foreignId=bob&foreignId=cid")).containsExactly("bob", "cid");
		assertThat(groupForeignIds(groupId, "name=VIEWER")).containsExactly("bob");
		assertThat(groupForeignIds(groupId, "email=ACME.example")).containsExactly("ann");
		assertThat(groupForeignIds(groupId, "role=viewer&email=example&name=ann")).containsExactly("ann");
	}

	@Test
	void pagesThroughGroupUsersByForeignId() {
		String groupId = createGroup(createEntity(unique("acme")), createEntity(unique("globex")));
		for (String foreignId : List.of("e", "b", "d", "a", "c")) {
			postForBody("/entityGroup/" + groupId + "/user", "{\"foreignId\": \"" + foreignId + "\"}");
		}

		String first = getBody("/entityGroup/" + groupId + "/users?limit=2");
		String second = getBody("/entityGroup/" + groupId + "/users?limit=2&startingAfter=b");
		String last = getBody("/entityGroup/" + groupId + "/users?limit=2&startingAfter=d");

		assertThat(this.<Integer>read(first, "$.count")).isEqualTo(5);
		assertThat(this.<Boolean>read(first, "$.hasMore")).isTrue();
		assertThat(this.<List<String>>read(first, "$.data[*].foreignId")).containsExactly("a", "b");
		assertThat(this.<List<String>>read(second, "$.data[*].foreignId")).containsExactly("c", "d");
		assertThat(this.<Boolean>read(second, "$.hasMore")).isTrue();
		assertThat(this.<List<String>>read(last, "$.data[*].foreignId")).containsExactly("e");
		assertThat(this.<Boolean>read(last, "$.hasMore")).isFalse();
		assertThat(this.<List<Object>>read(last, "$.data[0].entities")).hasSize(2);
	}

	@Test
	void answersEveryParallelUpsertOfOneUserAndKeepsOneUserPerEntity() throws Exception {
		List<String> entityIds = List.of(createEntity(unique("acme")), createEntity(unique("globex")),
				createEntity(unique("initech")));
		String groupId = createGroup(entityIds.toArray(String[]::new));
		ExecutorService executor = Executors.newFixedThreadPool(25);

		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 25; i++) {
				String body = "{\"foreignId\": \"racer\", \"name\": \"Racer %d\", \"roles\": [\"r%d\"]}".formatted(i,
						i);
				answers.add(executor.submit(() -> send("/entityGroup/" + groupId + "/user", body).getStatus().value()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			executor.shutdownNow();
		}

		for (String entityId : entityIds) {
			assertThat(usersOf(entityId)).containsExactly("racer");
		}
		String user = getBody("/entityGroup/" + groupId + "/user/racer");
		assertThat(this.<List<Object>>read(user, "$.entities")).hasSize(3);
	}

	@Test
	void refusesUserForGroupWithoutEntities() {
		String groupId = createGroup();

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user", "{\"foreignId\": \"jane\"}");

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("foreignId");
	}

	@Test
	void describesAGroupUserToOtherFeatures() {
		String first = createEntity(unique("acme"));
		String second = createEntity(unique("globex"));
		String groupId = createGroup(first, second);
		createUser(second, "jane", "admin");
		UUID groupKey = PrefixedId.parse(EntityGroup.ID_PREFIX, groupId).orElseThrow();

		Optional<EntityGroupUserResponse> jane = this.directory.describe(groupKey, "jane");

		assertThat(jane).hasValueSatisfying((user) -> {
			assertThat(user.foreignId()).isEqualTo("jane");
			assertThat(user.entities()).singleElement().satisfies((entity) -> {
				assertThat(entity.entityId()).isEqualTo(second);
				assertThat(entity.roles()).containsExactly("admin");
			});
		});
		assertThat(this.directory.describe(groupKey, "john")).isEmpty();
		assertThat(this.directory.describe(UUID.randomUUID(), "jane")).isEmpty();
	}

	@Test
	void answersNotFoundForUsersOfUnknownGroup() {
		this.api.get().uri("/entityGroup/nobody/users").exchange().expectStatus().isNotFound();
	}

	private List<String> groupForeignIds(String groupId, String query) {
		return read(getBody("/entityGroup/" + groupId + "/users?" + query), "$.data[*].foreignId");
	}

}
