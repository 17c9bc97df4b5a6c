package dev.entitygroups.groupuser;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.entity.EntityService;
import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PageResponse;
import dev.entitygroups.web.PrefixedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds, changes and deletes the users of one entity. A foreign id already used
 * in the entity is refused by the database's unique constraint, which answers 409 even
 * when two requests race.
 */
@Service
@Transactional
class EntityUserService {

	private static final Logger logger = LoggerFactory.getLogger(EntityUserService.class);

	private final EntityUserRepository users;

	private final EntityUserQueries queries;

	private final EntityService entities;

	private final Clock clock;

	EntityUserService(EntityUserRepository users, EntityUserQueries queries, EntityService entities, Clock clock) {
		this.users = users;
		this.queries = queries;
		this.entities = entities;
		this.clock = clock;
	}

	EntityUser create(String entityIdOrForeignId, EntityUserRequest request) {
		BusinessEntity entity = this.entities.find(entityIdOrForeignId);

		EntityUser user = new EntityUser(entity.getId(), now());
		user.identifyAs(request.foreignId());
		user.reachAt(request.email());
		user.rename(request.name());
		user.assignRoles((request.roles() != null) ? request.roles() : List.of());
		this.users.saveAndFlush(user);

		logger.info("Created user {} of entity {}.", user.getPublicId(), entity.getPublicId());
		return user;
	}

	EntityUser update(String entityIdOrForeignId, String userId, EntityUserRequest request) {
		EntityUser user = find(entityIdOrForeignId, userId);

		if (request.foreignId() != null) {
			user.identifyAs(request.foreignId());
		}
		if (request.email() != null) {
			user.reachAt(request.email());
		}
		if (request.name() != null) {
			user.rename(request.name());
		}
		if (request.roles() != null) {
			user.assignRoles(request.roles());
		}
		user.touch(now());
		this.users.saveAndFlush(user);

		logger.info("Updated entity user {}.", user.getPublicId());
		return user;
	}

	void delete(String entityIdOrForeignId, String userId) {
		EntityUser user = find(entityIdOrForeignId, userId);
		this.users.delete(user);
		this.users.flush();
		logger.info("Deleted entity user {}.", user.getPublicId());
	}

	@Transactional(readOnly = true)
	EntityUser find(String entityIdOrForeignId, String userId) {
		BusinessEntity entity = this.entities.find(entityIdOrForeignId);
		return PrefixedId.parse(EntityUser.ID_PREFIX, userId)
			.flatMap((id) -> this.users.findByIdAndEntityId(id, entity.getId()))
			.orElseThrow(() -> new EntityUserNotFoundException(userId));
	}

	@Transactional(readOnly = true)
	PageResponse<EntityUserResponse> search(String entityIdOrForeignId, UserFilter filter, int limit,
			String startingAfter) {
		UUID entityId = this.entities.find(entityIdOrForeignId).getId();
		EntityUser after = null;
		if (startingAfter != null) {
			after = PrefixedId.parse(EntityUser.ID_PREFIX, startingAfter)
				.flatMap((id) -> this.users.findByIdAndEntityId(id, entityId))
				.orElseThrow(() -> new InvalidRequestException("startingAfter",
						"startingAfter '" + startingAfter + "' is not a user of this entity."));
		}

		long count = this.queries.countInEntity(entityId, filter);
		List<EntityUserRow> rows = this.queries.pageInEntity(entityId, filter, after, limit + 1);
		return PageResponse.of(count, rows, limit, EntityUserResponse::of);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
