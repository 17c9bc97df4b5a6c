package dev.entitygroups.groupuser;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads entity users with set-based SQL: the lists of one entity and of one group, and
 * the entity users behind group users. Every method runs a single statement whatever the
 * number of users.
 */
@Repository
class EntityUserQueries {

	private static final String IN_GROUP = """
			from entity_users u
			join entity_group_members m on m.entity_id = u.entity_id and m.entity_group_id = :groupId
			where u.foreign_id is not null""";

	private final JdbcClient jdbc;

	EntityUserQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long countInEntity(UUID entityId, UserFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = inEntity("select count(*)", entityId, filter, params);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/**
	 * Lists one entity's users in creation order.
	 * @param entityId the entity
	 * @param filter the filters
	 * @param after the last user of the previous page, or {@code null}
	 * @param fetch how many rows to read
	 * @return the rows
	 */
	List<EntityUserRow> pageInEntity(UUID entityId, UserFilter filter, EntityUser after, int fetch) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = inEntity("select " + EntityUserRow.COLUMNS, entityId, filter, params);
		if (after != null) {
			sql.append(" and (u.created_at, u.id) > (:afterCreatedAt, :afterId)");
			params.put("afterCreatedAt", after.getCreatedAt().atOffset(ZoneOffset.UTC));
			params.put("afterId", after.getId());
		}
		sql.append(" order by u.created_at, u.id limit :fetch");
		params.put("fetch", fetch);
		return this.jdbc.sql(sql.toString()).params(params).query(EntityUserRow::map).list();
	}

	long countInGroup(UUID groupId, UserFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = inGroup("select count(distinct u.foreign_id)", groupId, filter, params);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/**
	 * Lists the foreign ids of a group's users in order.
	 * @param groupId the group
	 * @param filter the filters; a group user matches when any of its entity users does
	 * @param after the foreign id the previous page ended with, or {@code null}
	 * @param fetch how many foreign ids to read
	 * @return the foreign ids
	 */
	List<String> foreignIdsInGroup(UUID groupId, UserFilter filter, String after, int fetch) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = inGroup("select distinct u.foreign_id", groupId, filter, params);
		if (after != null) {
			sql.append(" and u.foreign_id > :after");
			params.put("after", after);
		}
		sql.append(" order by u.foreign_id limit :fetch");
		params.put("fetch", fetch);
		return this.jdbc.sql(sql.toString()).params(params).query(String.class).list();
	}

	/**
	 * Reads the entity users behind some group users.
	 * @param groupId the group
	 * @param foreignIds the group users
	 * @return their entity users by foreign id, in foreign id order, each in the order
	 * its entities joined the group
	 */
	Map<String, List<EntityUserRow>> usersInGroup(UUID groupId, Collection<String> foreignIds) {
		Map<String, List<EntityUserRow>> byForeignId = new LinkedHashMap<>();
		if (foreignIds.isEmpty()) {
			return byForeignId;
		}
		List<EntityUserRow> rows = this.jdbc
			.sql("select " + EntityUserRow.COLUMNS + " " + IN_GROUP
					+ " and u.foreign_id in (:foreignIds) order by u.foreign_id, m.id")
			.param("groupId", groupId)
			.param("foreignIds", foreignIds)
			.query(EntityUserRow::map)
			.list();
		rows.forEach((row) -> byForeignId.computeIfAbsent(row.foreignId(), (key) -> new ArrayList<>()).add(row));
		return byForeignId;
	}

	boolean existsInGroup(UUID groupId, String foreignId) {
		return this.jdbc.sql("select exists (select 1 " + IN_GROUP + " and u.foreign_id = :foreignId)")
			.param("groupId", groupId)
			.param("foreignId", foreignId)
			.query(Boolean.class)
			.single();
	}

	private static StringBuilder inEntity(String select, UUID entityId, UserFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(select).append(" from entity_users u where u.entity_id = :entityId");
		params.put("entityId", entityId);
		filter.appendTo(sql, params);
		return sql;
	}

	private static StringBuilder inGroup(String select, UUID groupId, UserFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(select).append(' ').append(IN_GROUP);
		params.put("groupId", groupId);
		filter.appendTo(sql, params);
		return sql;
	}

}
