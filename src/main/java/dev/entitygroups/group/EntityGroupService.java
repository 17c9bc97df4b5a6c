package dev.entitygroups.group;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.entity.EntityService;
import dev.entitygroups.web.ConflictException;
import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PrefixedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds, changes and deletes entity groups and their membership; every change
 * runs in one transaction.
 */
@Service
@Transactional
public class EntityGroupService {

	private static final Logger logger = LoggerFactory.getLogger(EntityGroupService.class);

	private final EntityGroupRepository groups;

	private final GroupMemberRepository members;

	private final EntityService entities;

	private final EntityUserCopier users;

	private final Clock clock;

	EntityGroupService(EntityGroupRepository groups, GroupMemberRepository members, EntityService entities,
			EntityUserCopier users, Clock clock) {
		this.groups = groups;
		this.members = members;
		this.entities = entities;
		this.users = users;
		this.clock = clock;
	}

	EntityGroup create(EntityGroupRequest request) {
		List<BusinessEntity> initial = (request.entityIds() != null) ? this.entities.findAll(request.entityIds())
				: List.of();
		requireUnique(request.foreignId(), request.emailToName(), null);
		Instant now = now();

		EntityGroup group = new EntityGroup(now);
		group.identifyAs(request.foreignId());
		group.rename(request.name());
		group.receiveEmailAs(request.emailToName());
		if (request.metadata() != null) {
			group.replaceMetadata(request.metadata());
		}
		this.groups.saveAndFlush(group);
		initial.forEach((entity) -> this.members.addIfAbsent(group.getId(), entity.getId(), now));

		logger.info("Created entity group {} with {} entities.", group.getPublicId(), initial.size());
		return group;
	}

	EntityGroup update(String idOrForeignId, EntityGroupUpdateRequest request) {
		EntityGroup group = find(idOrForeignId);
		requireUnique(request.foreignId(), request.emailToName(), group.getId());

		if (request.foreignId() != null) {
			group.identifyAs(request.foreignId());
		}
		if (request.name() != null) {
			group.rename(request.name());
		}
		if (request.emailToName() != null) {
			group.receiveEmailAs(request.emailToName());
		}
		if (request.metadata() != null) {
			group.replaceMetadata(request.metadata());
		}
		group.touch(now());
		this.groups.saveAndFlush(group);

		logger.info("Updated entity group {}.", group.getPublicId());
		return group;
	}

	void delete(String idOrForeignId) {
		EntityGroup group = find(idOrForeignId);
		this.groups.delete(group);
		this.groups.flush();
		logger.info("Deleted entity group {}.", group.getPublicId());
	}

	/**
	 * Adds entities to a group and copies onto the newly added ones the users of an
	 * entity that was in the group before; those already in it are left where they are.
	 * @param idOrForeignId the group, by id or foreign id
	 * @param idsOrForeignIds the entities, by id or foreign id
	 * @param copyUsersFrom whose users to copy
	 * @param filterRoles copy only users holding any of these roles; empty copies all
	 * @return the group
	 * @throws dev.entitygroups.entity.EntityNotFoundException naming the first unknown
	 * entity, before anything changes
	 * @throws InvalidRequestException when {@code copyUsersFrom} names an entity outside
	 * the group
	 */
	public EntityGroup addEntities(String idOrForeignId, List<String> idsOrForeignIds, CopyUsersFrom copyUsersFrom,
			List<String> filterRoles) {
		EntityGroup group = find(idOrForeignId);
		List<BusinessEntity> named = this.entities.findAll(idsOrForeignIds);
		Optional<UUID> source = copySource(group, copyUsersFrom);
		Instant now = now();

		List<UUID> added = new ArrayList<>();
		for (BusinessEntity entity : named) {
			if (this.members.addIfAbsent(group.getId(), entity.getId(), now) > 0) {
				added.add(entity.getId());
			}
		}
		touch(group, now, added.size());
		int copied = source.map((entityId) -> this.users.copyUsers(entityId, added, filterRoles, now)).orElse(0);

		logger.info("Added {} entities to entity group {}, copying {} users.", added.size(), group.getPublicId(),
				copied);
		return group;
	}

	/**
	 * Finds an entity of a group by id or foreign id.
	 * @param group the group
	 * @param idOrForeignId the entity, by id or foreign id
	 * @param field the request field that named it, for the error
	 * @return the entity
	 * @throws InvalidRequestException naming the field when the entity is unknown or not
	 * in the group
	 */
	@Transactional(readOnly = true)
	public BusinessEntity member(EntityGroup group, String idOrForeignId, String field) {
		return this.entities.lookUp(idOrForeignId)
			.filter((entity) -> this.members.isMember(group.getId(), entity.getId()))
			.orElseThrow(() -> new InvalidRequestException(field, "Entity '" + idOrForeignId
					+ "' is not in entity group '" + group.getPublicId() + "'; add it to the group first."));
	}

	/**
	 * Lists the ids of a group's entities in the order they were added, in one query.
	 * @param groupId the group
	 * @return the entity ids
	 */
	@Transactional(readOnly = true)
	public List<UUID> entityIdsOf(UUID groupId) {
		return this.members.findEntityIds(groupId);
	}

	private Optional<UUID> copySource(EntityGroup group, CopyUsersFrom copyUsersFrom) {
		if (copyUsersFrom.entity() != null) {
			return Optional.of(member(group, copyUsersFrom.entity(), "copyUsersFrom").getId());
		}
		return copyUsersFrom.busiest() ? this.users.busiestEntity(group.getId()) : Optional.empty();
	}

	EntityGroup removeEntities(String idOrForeignId, List<String> idsOrForeignIds) {
		EntityGroup group = find(idOrForeignId);
		List<UUID> named = this.entities.findAll(idsOrForeignIds).stream().map(BusinessEntity::getId).toList();

		int removed = this.members.removeAll(group.getId(), named);
		touch(group, now(), removed);

		logger.info("Removed {} entities from entity group {}.", removed, group.getPublicId());
		return group;
	}

	/**
	 * Finds a group by id or foreign id; an id match wins.
	 * @param idOrForeignId an {@code entg_} id or a foreign id
	 * @return the group
	 * @throws EntityGroupNotFoundException when neither matches
	 */
	@Transactional(readOnly = true)
	public EntityGroup find(String idOrForeignId) {
		return lookUp(idOrForeignId).orElseThrow(() -> new EntityGroupNotFoundException(idOrForeignId));
	}

	/**
	 * Finds a group by id or foreign id; an id match wins.
	 * @param idOrForeignId an {@code entg_} id or a foreign id
	 * @return the group, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<EntityGroup> lookUp(String idOrForeignId) {
		Optional<EntityGroup> byId = PrefixedId.parse(EntityGroup.ID_PREFIX, idOrForeignId)
			.flatMap(this.groups::findById);
		return byId.isPresent() ? byId : this.groups.findByForeignId(idOrForeignId);
	}

	private void requireUnique(String foreignId, String emailToName, UUID owner) {
		if (foreignId != null) {
			this.groups.findByForeignId(foreignId)
				.filter((other) -> !other.getId().equals(owner))
				.ifPresent((other) -> {
					throw new ConflictException("An entity group with foreignId '" + foreignId + "' already exists.");
				});
		}
		if (emailToName != null) {
			this.groups.findByEmailToName(emailToName)
				.filter((other) -> !other.getId().equals(owner))
				.ifPresent((other) -> {
					throw new ConflictException(
							"An entity group with emailToName '" + emailToName + "' already exists.");
				});
		}
	}

	private void touch(EntityGroup group, Instant now, int changes) {
		if (changes > 0) {
			group.touch(now);
			this.groups.saveAndFlush(group);
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
