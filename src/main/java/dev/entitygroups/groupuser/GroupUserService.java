package dev.entitygroups.groupuser;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.entitygroups.group.EntityGroup;
import dev.entitygroups.group.EntityGroupService;
import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds, changes and deletes group users, and syncs the users of a group's
 * entities. Each change is one transaction: it happens on every entity or on none.
 */
@Service
@Transactional
class GroupUserService {

	private static final Logger logger = LoggerFactory.getLogger(GroupUserService.class);

	private final EntityGroupService groups;

	private final EntityUserQueries queries;

	private final GroupUserWrites writes;

	private final JsonMapper json;

	private final Clock clock;

	GroupUserService(EntityGroupService groups, EntityUserQueries queries, GroupUserWrites writes, JsonMapper json,
			Clock clock) {
		this.groups = groups;
		this.queries = queries;
		this.writes = writes;
		this.json = json;
		this.clock = clock;
	}

	EntityGroupUserResponse upsert(String groupIdOrForeignId, EntityGroupUserRequest request) {
		EntityGroup group = this.groups.find(groupIdOrForeignId);
		String overrides = overridesOf(group, request.overrides());

		int written = this.writes.upsert(group.getId(), request.foreignId(), request.email(), request.name(),
				Roles.toArray(request.roles()), overrides, now());
		if (written == 0) {
			throw new InvalidRequestException("foreignId", "Entity group '" + groupIdOrForeignId
					+ "' has no entities to put user '" + request.foreignId() + "' on; add entities first.");
		}

		logger.info("Put user {} on {} entities of entity group {}.", request.foreignId(), written,
				group.getPublicId());
		return describe(group, request.foreignId());
	}

	EntityGroupUserResponse update(String groupIdOrForeignId, String foreignId, EntityGroupUserRequest request) {
		if (!foreignId.equals(request.foreignId())) {
			throw new InvalidRequestException("foreignId",
					"foreignId '" + request.foreignId() + "' must be the one in the path, '" + foreignId + "'.");
		}
		EntityGroup group = this.groups.find(groupIdOrForeignId);
		if (!this.queries.existsInGroup(group.getId(), foreignId)) {
			throw new GroupUserNotFoundException(foreignId);
		}
		return upsert(group.getPublicId(), request);
	}

	void delete(String groupIdOrForeignId, String foreignId) {
		EntityGroup group = this.groups.find(groupIdOrForeignId);

		int removed = this.writes.removeFromGroup(group.getId(), foreignId);
		if (removed == 0) {
			throw new GroupUserNotFoundException(foreignId);
		}

		logger.info("Removed user {} from {} entities of entity group {}.", foreignId, removed, group.getPublicId());
	}

	void sync(String groupIdOrForeignId, SyncUsersRequest request) {
		EntityGroup group = this.groups.find(groupIdOrForeignId);
		UUID source = (request.copyUsersFrom() != null)
				? this.groups.member(group, request.copyUsersFrom(), "copyUsersFrom").getId()
				: this.writes.busiestEntity(group.getId()).orElse(null);
		if (source == null) {
			return;
		}

		int added = 0;
		if (request.adds()) {
			List<UUID> targets = new ArrayList<>(this.groups.entityIdsOf(group.getId()));
			targets.remove(source);
			added = this.writes.copyUsers(source, targets, request.rolesToSync(), now());
		}
		int removed = request.removes() ? this.writes.removeMissing(group.getId(), source, request.rolesToSync()) : 0;

		logger.info("Synced the users of entity group {}: added {}, removed {}.", group.getPublicId(), added, removed);
	}

	@Transactional(readOnly = true)
	EntityGroupUserResponse find(String groupIdOrForeignId, String foreignId) {
		return describe(this.groups.find(groupIdOrForeignId), foreignId);
	}

	@Transactional(readOnly = true)
	PageResponse<EntityGroupUserResponse> search(String groupIdOrForeignId, UserFilter filter, int limit,
			String startingAfter) {
		UUID groupId = this.groups.find(groupIdOrForeignId).getId();

		long count = this.queries.countInGroup(groupId, filter);
		List<String> foreignIds = this.queries.foreignIdsInGroup(groupId, filter, startingAfter, limit + 1);
		List<String> page = foreignIds.subList(0, Math.min(limit, foreignIds.size()));
		List<EntityGroupUserResponse> data = EntityGroupUserResponse.ofAll(this.queries.usersInGroup(groupId, page));
		return new PageResponse<>(count, foreignIds.size() > limit, data);
	}

	private EntityGroupUserResponse describe(EntityGroup group, String foreignId) {
		List<EntityUserRow> rows = this.queries.usersInGroup(group.getId(), List.of(foreignId))
			.getOrDefault(foreignId, List.of());
		if (rows.isEmpty()) {
			throw new GroupUserNotFoundException(foreignId);
		}
		return EntityGroupUserResponse.of(rows);
	}

	private String overridesOf(EntityGroup group, List<EntityGroupUserRequest.EntityRoles> entities) {
		Set<UUID> seen = new HashSet<>();
		List<Map<String, Object>> overrides = new ArrayList<>();
		for (int i = 0; i < entities.size(); i++) {
			EntityGroupUserRequest.EntityRoles entry = entities.get(i);
			String field = "entities[" + i + "].entityId";
			UUID entityId = this.groups.member(group, entry.entityId(), field).getId();
			if (!seen.add(entityId)) {
				throw new InvalidRequestException(field, "Entity '" + entry.entityId() + "' is named twice.");
			}
			Map<String, Object> override = new LinkedHashMap<>();
			override.put("entityId", entityId.toString());
			override.put("roles", Roles.distinct(entry.roles()));
			overrides.add(override);
		}
		return this.json.writeValueAsString(overrides);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
