package dev.entitygroups.groupuser;

import java.util.List;

import dev.entitygroups.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class UserCopyIntegrationTests extends UserTestSupport {

	@Test
	void copiesUsersOfTheBusiestEntityWhenTrue() {
		String quiet = createEntity(unique("quiet"));
		String busy = createEntity(unique("busy"));
		createUser(quiet, "q1", "viewer");
		createUser(busy, "b1", "admin");
		createUser(busy, "b2", "viewer");
		String groupId = createGroup(quiet, busy);
		String joining = createEntity(unique("joining"));

		addEntities(groupId, joining, "true", null);

		assertThat(usersOf(joining)).containsExactlyInAnyOrder("b1", "b2");
		assertThat(rolesOf(joining, "b1")).containsExactly("admin");
	}

	@Test
	void breaksTiesByTheMostRecentlyUpdatedEntity() {
		String older = createEntity(unique("older"));
		String newer = createEntity(unique("newer"));
		createUser(older, "o1");
		createUser(newer, "n1");
		String groupId = createGroup(older, newer);
		postForBody("/entity/" + older, "{\"emailTo\": \"older@example.com\"}");
		String joining = createEntity(unique("joining"));

		addEntities(groupId, joining, "true", null);

		assertThat(usersOf(joining)).containsExactly("o1");
	}

	@Test
	void choosesTheBusiestAmongEntitiesAlreadyInTheGroup() {
		String member = createEntity(unique("member"));
		createUser(member, "m1");
		String groupId = createGroup(member);
		String crowded = createEntity(unique("crowded"));
		createUser(crowded, "c1");
		createUser(crowded, "c2");
		String empty = createEntity(unique("empty"));

		addEntities(groupId, crowded + "\", \"" + empty, "true", null);

		assertThat(usersOf(empty)).containsExactly("m1");
		assertThat(usersOf(crowded)).containsExactlyInAnyOrder("c1", "c2", "m1");
	}

	@Test
	void copiesUsersOfTheNamedEntityByForeignId() {
		String sourceForeignId = unique("source");
		String source = read(postForBody("/entity", Fixtures.business(sourceForeignId, "Source")), "$.id");
		String busy = createEntity(unique("busy"));
		createUser(source, "s1", "approver");
		createUser(busy, "b1");
		createUser(busy, "b2");
		String groupId = createGroup(source, busy);
		String joining = createEntity(unique("joining"));

		addEntities(groupId, joining, "\"" + sourceForeignId + "\"", null);

		assertThat(usersOf(joining)).containsExactly("s1");
		assertThat(rolesOf(joining, "s1")).containsExactly("approver");
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "" })
	void copiesNobodyWhenFalseOrAbsent(String copyUsersFrom) {
		String source = createEntity(unique("source"));
		createUser(source, "s1");
		String groupId = createGroup(source);
		String joining = createEntity(unique("joining"));

		addEntities(groupId, joining, copyUsersFrom.isEmpty() ? null : copyUsersFrom, null);

		assertThat(usersOf(joining)).isEmpty();
	}

	@Test
	void copiesOnlyUsersWithFilteredRoles() {
		String source = createEntity(unique("source"));
		createUser(source, "admin", "admin");
		createUser(source, "approver", "approver", "viewer");
		createUser(source, "viewer", "viewer");
		String groupId = createGroup(source);
		String joining = createEntity(unique("joining"));

		addEntities(groupId, joining, "true", "[\"admin\", \"approver\"]");

		assertThat(usersOf(joining)).containsExactlyInAnyOrder("admin", "approver");
		assertThat(rolesOf(joining, "approver")).containsExactly("approver", "viewer");
	}

	@Test
	void neverOverwritesAUserOfTheTargetWithTheSameForeignId() {
		String source = createEntity(unique("source"));
		createUser(source, "jane", "admin");
		createUser(source, "john", "admin");
		String groupId = createGroup(source);
		String joining = createEntity(unique("joining"));
		createUser(joining, "jane", "viewer");

		addEntities(groupId, joining, "true", null);

		assertThat(usersOf(joining)).containsExactlyInAnyOrder("jane", "john");
		assertThat(rolesOf(joining, "jane")).containsExactly("viewer");
	}

	@Test
	void refusesToCopyFromAnEntityOutsideTheGroupAndAddsNothing() {
		String member = createEntity(unique("member"));
		String outsider = createEntity(unique("outsider"));
		createUser(outsider, "o1");
		String groupId = createGroup(member);
		String joining = createEntity(unique("joining"));

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/addEntities",
				"{\"entityIds\": [\"%s\"], \"copyUsersFrom\": \"%s\"}".formatted(joining, outsider));

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("copyUsersFrom");
		assertThat(read(result.getResponseBody(), "$.detail").toString()).contains(outsider);
		assertThat(this.<List<String>>read(getBody("/entityGroup/" + groupId), "$.entities[*].id"))
			.containsExactly(member);
		assertThat(usersOf(joining)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "{\"id\": \"x\"}", "[\"x\"]", "\"\"", "\"  \"", "\"true\"" })
	void rejectsCopyUsersFromThatIsNeitherBooleanNorEntity(String copyUsersFrom) {
		String member = createEntity(unique("member"));
		String groupId = createGroup(member);
		String joining = createEntity(unique("joining"));

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/addEntities",
				"{\"entityIds\": [\"%s\"], \"copyUsersFrom\": %s}".formatted(joining, copyUsersFrom));

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("copyUsersFrom");
	}

	@Test
	void keepsRemoveEntitiesBodyAsEntityIdsOnly() {
		String member = createEntity(unique("member"));
		String groupId = createGroup(member);

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/removeEntities",
				"{\"entityIds\": [\"%s\"], \"copyUsersFrom\": true}".formatted(member));

		assertThat(result.getStatus().value()).isEqualTo(400);
	}

	private void addEntities(String groupId, String entityIds, String copyUsersFrom, String filterRoles) {
		StringBuilder body = new StringBuilder("{\"entityIds\": [\"" + entityIds + "\"]");
		if (copyUsersFrom != null) {
			body.append(", \"copyUsersFrom\": ").append(copyUsersFrom);
		}
		if (filterRoles != null) {
			body.append(", \"filterRoles\": ").append(filterRoles);
		}
		postForBody("/entityGroup/" + groupId + "/addEntities", body.append('}').toString());
	}

}
