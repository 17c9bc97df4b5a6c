package dev.entitygroups.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.entity.EntityResponse;
import dev.entitygroups.security.GroupScope;
import dev.entitygroups.web.CreationOrder;
import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PageResponse;
import dev.entitygroups.web.PrefixedId;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads entity groups: their responses, whole or as a scoped caller sees them, the group
 * list, and which entities a scope sees.
 */
@Service
@Transactional(readOnly = true)
public class EntityGroupQueries {

	private final EntityGroupRepository groups;

	private final GroupMemberRepository members;

	private final EntityGroupService writes;

	EntityGroupQueries(EntityGroupRepository groups, GroupMemberRepository members, EntityGroupService writes) {
		this.groups = groups;
		this.members = members;
		this.writes = writes;
	}

	/**
	 * Lists the ids of the group's entities a scope sees: all of them for a group token,
	 * those where the user exists for a group user token.
	 * @param scope the scope
	 * @return the entity ids, in the order they were added
	 */
	public List<UUID> visibleEntityIds(GroupScope scope) {
		return this.members.findVisibleEntityIds(scope.groupId(), scope.userForeignId(), null);
	}

	/**
	 * Tells, in one query, whether a scope sees an entity.
	 * @param scope the scope
	 * @param entityId the entity
	 * @return whether the entity is in the scope's group and, for a user scope, has the
	 * user
	 */
	public boolean isVisible(GroupScope scope, UUID entityId) {
		return !this.members.findVisibleEntityIds(scope.groupId(), scope.userForeignId(), entityId).isEmpty();
	}

	/**
	 * Describes a group as a scoped caller sees it: a group user's token sees only the
	 * entities where the user exists.
	 * @param group the group
	 * @param metadataKeys the entity metadata keys to return
	 * @param scope the caller's scope, or empty for an API key
	 * @return the response
	 */
	public EntityGroupResponse describeFor(EntityGroup group, Collection<String> metadataKeys,
			Optional<GroupScope> scope) {
		return narrow(describe(group, metadataKeys), scope);
	}

	/**
	 * Describes a group with its entities, their metadata narrowed to the given keys.
	 * @param group the group
	 * @param metadataKeys the entity metadata keys to return; empty returns none
	 * @return the response
	 */
	public EntityGroupResponse describe(EntityGroup group, Collection<String> metadataKeys) {
		return describeAll(List.of(group), metadataKeys).get(0);
	}

	/**
	 * Lists the groups matching a search, in creation order; a scoped caller sees only
	 * its own group, with its entities narrowed as {@link #describeFor} does.
	 */
	PageResponse<EntityGroupResponse> search(String search, Optional<GroupScope> scope, int limit,
			String startingAfter) {
		Specification<EntityGroup> matching = Specification.unrestricted();
		if (search != null && !search.isBlank()) {
			String pattern = CreationOrder.containsPattern(search.trim());
			matching = matching.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\'));
		}
		if (scope.isPresent()) {
			UUID only = scope.get().groupId();
			matching = matching.and((root, query, cb) -> cb.equal(root.get("id"), only));
		}
		long count = this.groups.count(matching);

		Specification<EntityGroup> page = matching;
		if (startingAfter != null) {
			EntityGroup last = this.writes.lookUp(startingAfter)
				.filter((group) -> scope.isEmpty() || scope.get().groupId().equals(group.getId()))
				.orElseThrow(() -> new InvalidRequestException("startingAfter",
						"startingAfter '" + startingAfter + "' is not an entity group."));
			page = page.and(CreationOrder.after(last.getCreatedAt(), last.getId()));
		}
		List<EntityGroup> rows = this.groups.findBy(page,
				(query) -> query.sortBy(CreationOrder.SORT).limit(limit + 1).all());
		List<EntityGroupResponse> described = describeAll(rows.subList(0, Math.min(limit, rows.size())), List.of())
			.stream()
			.map((group) -> narrow(group, scope))
			.toList();
		return new PageResponse<>(count, rows.size() > limit, described);
	}

	private EntityGroupResponse narrow(EntityGroupResponse group, Optional<GroupScope> scope) {
		if (scope.isEmpty() || !scope.get().isUser()) {
			return group;
		}
		Set<String> visible = new HashSet<>();
		visibleEntityIds(scope.get()).forEach((id) -> visible.add(PrefixedId.format(BusinessEntity.ID_PREFIX, id)));
		List<EntityResponse> entities = group.entities()
			.stream()
			.filter((entity) -> visible.contains(entity.id()))
			.toList();
		return new EntityGroupResponse(group.id(), group.foreignId(), group.name(), group.emailToName(),
				group.metadata(), entities);
	}

	private List<EntityGroupResponse> describeAll(List<EntityGroup> page, Collection<String> metadataKeys) {
		Map<UUID, List<EntityResponse>> entitiesByGroup = new LinkedHashMap<>();
		page.forEach((group) -> entitiesByGroup.put(group.getId(), new ArrayList<>()));
		if (!page.isEmpty()) {
			for (GroupMember member : this.members.findWithEntities(entitiesByGroup.keySet())) {
				EntityResponse entity = EntityResponse.of(member.getEntity()).withMetadataKeys(metadataKeys);
				entitiesByGroup.get(member.getGroup().getId()).add(entity);
			}
		}
		return page.stream()
			.map((group) -> new EntityGroupResponse(group.getPublicId(), group.getForeignId(), group.getName(),
					group.getEmailToName(), group.getMetadata(), entitiesByGroup.get(group.getId())))
			.toList();
	}

}
