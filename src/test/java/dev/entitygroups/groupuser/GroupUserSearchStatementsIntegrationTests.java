package dev.entitygroups.groupuser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.entitygroups.web.PrefixedId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches the users of a group of 10 entities with 1 000 users each and counts the SQL
 * statements every search sends.
 */
class GroupUserSearchStatementsIntegrationTests extends UserTestSupport {

	private static final Logger logger = LoggerFactory.getLogger(GroupUserSearchStatementsIntegrationTests.class);

	private static final int MAX_STATEMENTS = 5;

	@Autowired
	private JdbcClient jdbc;

	private String groupId;

	@BeforeEach
	void seedTenThousandEntityUsers() {
		this.groupId = createGroup();
		UUID groupKey = PrefixedId.parse("entg_", this.groupId).orElseThrow();
		String prefix = unique("seeded");
		this.jdbc.sql("""
				insert into entities (id, foreign_id, is_customer, account_type, name, profile, is_payor, is_payee,
				                      created_at, updated_at)
				select gen_random_uuid(), :prefix || '-' || n, true, 'BUSINESS', 'Seeded ' || n,
				       jsonb_build_object('business', jsonb_build_object('legalBusinessName', 'Seeded ' || n)),
				       true, false, now(), now()
				from generate_series(1, 10) as n""").param("prefix", prefix).update();
		this.jdbc.sql("""
				insert into entity_group_members (entity_group_id, entity_id, added_at)
				select :groupId, e.id, now() from entities e where e.foreign_id like :prefix || '-%' order by e.id""")
			.param("groupId", groupKey)
			.param("prefix", prefix)
			.update();

		int seeded = this.jdbc.sql("""
				insert into entity_users (id, entity_id, foreign_id, email, name, roles, created_at, updated_at)
				select gen_random_uuid(), m.entity_id, 'person-' || lpad(n::text, 4, '0'),
				       'person' || n || '@example.com', 'Person ' || n,
				       case when n % 10 = 0 then array['approver'] else array['viewer'] end, now(), now()
				from entity_group_members m cross join generate_series(1, 1000) as n
				where m.entity_group_id = :groupId""").param("groupId", groupKey).update();

		assertThat(seeded).isEqualTo(10_000);
	}

	@Test
	void searchesTenThousandEntityUsersWithAFewStatements() {
		this.statements.reset();
		long started = System.nanoTime();

		String page = getBody("/entityGroup/" + this.groupId + "/users?limit=100&startingAfter=person-0100");

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long sent = this.statements.count();
		logger.info("Listed 100 of 1000 group users over 10000 entity users with {} statements in {} ms.", sent,
				took.toMillis());
		assertThat(sent).isBetween(1L, (long) MAX_STATEMENTS);
		assertThat(this.<Integer>read(page, "$.count")).isEqualTo(1000);
		assertThat(this.<Boolean>read(page, "$.hasMore")).isTrue();
		assertThat(this.<List<String>>read(page, "$.data[*].foreignId")).hasSize(100)
			.startsWith("person-0101", "person-0102");
		assertThat(this.<List<Object>>read(page, "$.data[99].entities")).hasSize(10);
	}

	@Test
	void filtersTenThousandEntityUsersWithAFewStatements() {
		this.statements.reset();
		long started = System.nanoTime();

		String page = getBody(
				"/entityGroup/" + this.groupId + "/users?role=approver&name=PERSON&email=example&limit=100");

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long sent = this.statements.count();
		logger.info("Filtered 100 group users over 10000 entity users with {} statements in {} ms.", sent,
				took.toMillis());
		assertThat(sent).isBetween(1L, (long) MAX_STATEMENTS);
		assertThat(this.<Integer>read(page, "$.count")).isEqualTo(100);
		assertThat(this.<Boolean>read(page, "$.hasMore")).isFalse();
		assertThat(this.<List<List<String>>>read(page, "$.data[*].entities[0].roles"))
			.allMatch((roles) -> roles.contains("approver"));
	}

}
