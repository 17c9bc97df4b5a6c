package dev.entitygroups.groupuser;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.entitygroups.group.EntityUserCopier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Changes the entity users of a group's entities with single set-based statements. Rows
 * are written in entity id order and clashes resolved with {@code ON CONFLICT}, so
 * concurrent writers of the same user neither fail nor deadlock.
 */
@Repository
class GroupUserWrites implements EntityUserCopier {

	private static final String UPSERT = """
			with overrides as (
			  select (o ->> 'entityId')::uuid as entity_id,
			         array(select jsonb_array_elements_text(o -> 'roles')) as roles
			  from jsonb_array_elements(cast(:overrides as jsonb)) as o)
			insert into entity_users as u (id, entity_id, foreign_id, email, name, roles, created_at, updated_at)
			select gen_random_uuid(), m.entity_id, :foreignId, :email, :name,
			       coalesce(o.roles, cast(:roles as text[]), '{}'), :now, :now
			from entity_group_members m
			left join overrides o on o.entity_id = m.entity_id
			where m.entity_group_id = :groupId
			order by m.entity_id
			on conflict (entity_id, foreign_id) do update set
			  email = coalesce(excluded.email, u.email),
			  name = coalesce(excluded.name, u.name),
			  roles = coalesce((select o.roles from overrides o where o.entity_id = excluded.entity_id),
			                   cast(:roles as text[]), u.roles),
			  updated_at = excluded.updated_at""";

	private static final String COPY = """
			insert into entity_users (id, entity_id, foreign_id, email, name, roles, created_at, updated_at)
			select gen_random_uuid(), t.id, u.foreign_id, u.email, u.name, u.roles, :now, :now
			from entity_users u
			cross join entities t
			where u.entity_id = :sourceId and u.foreign_id is not null
			  and t.id in (:targetIds) and t.id <> :sourceId""";

	private static final String REMOVE_MISSING = """
			delete from entity_users u
			using entity_group_members m
			where m.entity_group_id = :groupId and u.entity_id = m.entity_id and u.entity_id <> :sourceId
			  and u.foreign_id is not null
			  and not exists (select 1 from entity_users s
			                  where s.entity_id = :sourceId and s.foreign_id = u.foreign_id)""";

	private final JdbcClient jdbc;

	GroupUserWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates or updates the user with a foreign id on every entity of a group. An absent
	 * email, name or roles keeps the current value (new users get none).
	 * @param groupId the group
	 * @param foreignId the user
	 * @param email the email, or {@code null}
	 * @param name the name, or {@code null}
	 * @param roles the roles on every entity, or {@code null}
	 * @param overridesJson a JSON array of {@code {entityId, roles}} replacing
	 * {@code roles} on those entities
	 * @param now the time of the change
	 * @return the number of entity users written
	 */
	int upsert(UUID groupId, String foreignId, String email, String name, String[] roles, String overridesJson,
			Instant now) {
		return this.jdbc.sql(UPSERT)
			.param("groupId", groupId)
			.param("foreignId", foreignId)
			.param("email", email)
			.param("name", name)
			.param("roles", roles)
			.param("overrides", overridesJson)
			.param("now", timestamp(now))
			.update();
	}

	int removeFromGroup(UUID groupId, String foreignId) {
		return this.jdbc.sql("""
				delete from entity_users u
				using entity_group_members m
				where m.entity_group_id = :groupId and u.entity_id = m.entity_id and u.foreign_id = :foreignId""")
			.param("groupId", groupId)
			.param("foreignId", foreignId)
			.update();
	}

	/**
	 * Removes from a group's other entities the users whose foreign id the source entity
	 * lacks.
	 * @param groupId the group
	 * @param sourceId the entity whose users are kept
	 * @param filterRoles remove only users holding any of these roles; empty is all
	 * @return the number of entity users removed
	 */
	int removeMissing(UUID groupId, UUID sourceId, Collection<String> filterRoles) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("groupId", groupId);
		params.put("sourceId", sourceId);
		return this.jdbc.sql(REMOVE_MISSING + roleCondition(filterRoles, params)).params(params).update();
	}

	@Override
	public Optional<UUID> busiestEntity(UUID groupId) {
		return this.jdbc.sql("""
				select m.entity_id
				from entity_group_members m
				join entities e on e.id = m.entity_id
				where m.entity_group_id = :groupId
				order by (select count(*) from entity_users u where u.entity_id = m.entity_id) desc,
				         e.updated_at desc, m.id
				limit 1""").param("groupId", groupId).query(UUID.class).optional();
	}

	@Override
	public int copyUsers(UUID sourceEntityId, Collection<UUID> targetEntityIds, Collection<String> filterRoles,
			Instant now) {
		if (targetEntityIds.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("sourceId", sourceEntityId);
		params.put("targetIds", targetEntityIds);
		params.put("now", timestamp(now));
		String sql = COPY + roleCondition(filterRoles, params)
				+ " order by t.id, u.foreign_id on conflict (entity_id, foreign_id) do nothing";
		return this.jdbc.sql(sql).params(params).update();
	}

	private static String roleCondition(Collection<String> filterRoles, Map<String, Object> params) {
		if (filterRoles == null || filterRoles.isEmpty()) {
			return "";
		}
		params.put("filterRoles", Roles.toArray(filterRoles));
		return " and u.roles && cast(:filterRoles as text[])";
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
