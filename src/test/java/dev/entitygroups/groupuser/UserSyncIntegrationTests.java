package dev.entitygroups.groupuser;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class UserSyncIntegrationTests extends UserTestSupport {

	@Test
	void addsTheUsersOfTheBusiestEntityToEveryOtherEntityByDefault() {
		String busy = createEntity(unique("busy"));
		String quiet = createEntity(unique("quiet"));
		String empty = createEntity(unique("empty"));
		createUser(busy, "b1", "admin");
		createUser(busy, "b2", "viewer");
		createUser(quiet, "q1");
		String groupId = createGroup(busy, quiet, empty);

		sync(groupId, "{}");

		assertThat(usersOf(quiet)).containsExactlyInAnyOrder("q1", "b1", "b2");
		assertThat(usersOf(empty)).containsExactlyInAnyOrder("b1", "b2");
		assertThat(rolesOf(empty, "b1")).containsExactly("admin");
		assertThat(usersOf(busy)).containsExactly("b1", "b2");
	}

	@Test
	void syncsWithoutBody() {
		String busy = createEntity(unique("busy"));
		String empty = createEntity(unique("empty"));
		createUser(busy, "b1");
		String groupId = createGroup(busy, empty);

		this.api.post().uri("/entityGroup/" + groupId + "/sync-users").exchange().expectStatus().isNoContent();

		assertThat(usersOf(empty)).containsExactly("b1");
	}

	@Test
	void removesUsersTheSourceLacksWhenAsked() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		String outsider = createEntity(unique("outsider"));
		createUser(source, "keep");
		createUser(other, "keep", "viewer");
		createUser(other, "drop");
		createUser(outsider, "drop");
		String groupId = createGroup(source, other);

		sync(groupId, "{\"copyUsersFrom\": \"%s\", \"addUsers\": false, \"removeUsers\": true}".formatted(source));

		assertThat(usersOf(other)).containsExactly("keep");
		assertThat(rolesOf(other, "keep")).containsExactly("viewer");
		assertThat(usersOf(source)).containsExactly("keep");
		assertThat(usersOf(outsider)).containsExactly("drop");
	}

	@Test
	void addsAndRemovesInOneSync() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		createUser(source, "new");
		createUser(other, "old");
		String groupId = createGroup(source, other);

		sync(groupId, "{\"copyUsersFrom\": \"%s\", \"removeUsers\": true}".formatted(source));

		assertThat(usersOf(other)).containsExactly("new");
	}

	@Test
	void keepsUsersTheSourceLacksByDefault() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		createUser(source, "s1");
		createUser(source, "s2");
		createUser(other, "mine");
		String groupId = createGroup(source, other);

		sync(groupId, "{\"copyUsersFrom\": \"%s\"}".formatted(source));

		assertThat(usersOf(other)).containsExactlyInAnyOrder("mine", "s1", "s2");
	}

	@Test
	void addsAndRemovesOnlyUsersWithFilteredRoles() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		createUser(source, "admin", "admin");
		createUser(source, "viewer", "viewer");
		createUser(other, "stale-admin", "admin");
		createUser(other, "stale-viewer", "viewer");
		String groupId = createGroup(source, other);

		sync(groupId,
				"{\"copyUsersFrom\": \"%s\", \"filterRoles\": [\"admin\"], \"removeUsers\": true}".formatted(source));

		assertThat(usersOf(other)).containsExactlyInAnyOrder("stale-viewer", "admin");
	}

	@Test
	void neverOverwritesRolesOfAnExistingUser() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		createUser(source, "jane", "admin");
		createUser(other, "jane", "viewer");
		String groupId = createGroup(source, other);

		sync(groupId, "{\"copyUsersFrom\": \"%s\"}".formatted(source));

		assertThat(rolesOf(other, "jane")).containsExactly("viewer");
	}

	@Test
	void refusesASourceOutsideTheGroupAndChangesNothing() {
		String member = createEntity(unique("member"));
		String other = createEntity(unique("other"));
		String outsider = createEntity(unique("outsider"));
		createUser(member, "m1");
		createUser(other, "o1");
		createUser(outsider, "x1");
		String groupId = createGroup(member, other);

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/sync-users",
				"{\"copyUsersFrom\": \"%s\", \"removeUsers\": true}".formatted(outsider));

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("copyUsersFrom");
		assertThat(usersOf(member)).containsExactly("m1");
		assertThat(usersOf(other)).containsExactly("o1");
	}

	@Test
	void rejectsCopyUsersFromThatIsNotAString() {
		String groupId = createGroup(createEntity(unique("member")));

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/sync-users",
				"{\"copyUsersFrom\": true}");

		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(read(result.getResponseBody(), "$.errors[0].field").toString()).isEqualTo("copyUsersFrom");
	}

	private void sync(String groupId, String body) {
		this.api.post()
			.uri("/entityGroup/" + groupId + "/sync-users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isNoContent();
	}

}
