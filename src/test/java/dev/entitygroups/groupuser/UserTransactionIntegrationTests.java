package dev.entitygroups.groupuser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-row user changes that fail after they have written rows: a PostgreSQL trigger
 * refuses to insert the user with this test's marker foreign id, so the database fails
 * part-way and the whole change must roll back.
 */
class UserTransactionIntegrationTests extends UserTestSupport {

	private final String marker = unique("poison");

	private final String trigger = "refuse_" + this.marker.replace('-', '_');

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void dropTrigger() {
		this.jdbc.sql("drop trigger if exists " + this.trigger + " on entity_users").update();
		this.jdbc.sql("drop function if exists " + this.trigger + "()").update();
	}

	@Test
	void syncAddsNoUserAnywhereWhenOneInsertFails() {
		String source = createEntity(unique("source"));
		String other = createEntity(unique("other"));
		String third = createEntity(unique("third"));
		String ok = unique("ok");
		createUser(source, ok);
		createUser(source, this.marker);
		String groupId = createGroup(source, other, third);
		refuseInsertsOfMarker();

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/sync-users",
				"{\"copyUsersFrom\": \"%s\"}".formatted(source));

		assertFailedWithoutLeak(result);
		assertThat(usersOf(other)).isEmpty();
		assertThat(usersOf(third)).isEmpty();
		assertThat(usersOf(source)).containsExactlyInAnyOrder(ok, this.marker);
	}

	@Test
	void addEntitiesAddsNoEntityWhenCopyingItsUsersFails() {
		String member = createEntity(unique("member"));
		String joining = createEntity(unique("joining"));
		String ok = unique("ok");
		createUser(member, ok);
		createUser(member, this.marker);
		String groupId = createGroup(member);
		refuseInsertsOfMarker();

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/addEntities",
				"{\"entityIds\": [\"%s\"], \"copyUsersFrom\": \"%s\"}".formatted(joining, member));

		assertFailedWithoutLeak(result);
		assertThat(usersOf(joining)).isEmpty();
		assertThat(this.<List<String>>read(getBody("/entityGroup/" + groupId), "$.entities[*].id"))
			.containsExactly(member);
	}

	@Test
	void upsertCreatesTheUserOnNoEntityWhenOneInsertFails() {
		String first = createEntity(unique("first"));
		String second = createEntity(unique("second"));
		String groupId = createGroup(first, second);
		refuseInsertsOfMarker();

		EntityExchangeResult<String> result = send("/entityGroup/" + groupId + "/user",
				"{\"foreignId\": \"%s\", \"roles\": [\"viewer\"]}".formatted(this.marker));

		assertFailedWithoutLeak(result);
		assertThat(usersOf(first)).isEmpty();
		assertThat(usersOf(second)).isEmpty();
		this.api.get().uri("/entityGroup/" + groupId + "/user/" + this.marker).exchange().expectStatus().isNotFound();
	}

	private void refuseInsertsOfMarker() {
		this.jdbc.sql("""
				create function %s() returns trigger language plpgsql as $body$
				begin
				  if new.foreign_id = '%s' then
				    raise exception 'trigger_refusal: insert into entity_users refused for %%', new.foreign_id;
				  end if;
				  return new;
				end
				$body$""".formatted(this.trigger, this.marker)).update();
		this.jdbc
			.sql("create trigger " + this.trigger + " before insert on entity_users for each row execute function "
					+ this.trigger + "()")
			.update();
	}

	private static void assertFailedWithoutLeak(EntityExchangeResult<String> result) {
		int status = result.getStatus().value();
		String body = result.getResponseBody();
		assertThat(status).as(body)
			.satisfiesAnyOf((code) -> assertThat(code).isEqualTo(409), (code) -> assertThat(code).isBetween(500, 599));
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body).contains("\"errorName\":")
			.doesNotContain("trigger_refusal")
			.doesNotContain("entity_users")
			.doesNotContainIgnoringCase("insert into")
			.doesNotContainIgnoringCase("select")
			.doesNotContain("P0001")
			.doesNotContain("Exception");
	}

}
