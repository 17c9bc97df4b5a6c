package dev.entitygroups.entity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.entitygroups.web.ConflictException;
import dev.entitygroups.web.CreationOrder;
import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PageResponse;
import dev.entitygroups.web.PrefixedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds, changes and deletes entities, and resolves the ids and foreign ids
 * other features name them by.
 */
@Service
@Transactional
public class EntityService {

	private static final Logger logger = LoggerFactory.getLogger(EntityService.class);

	private final EntityRepository entities;

	private final Clock clock;

	EntityService(EntityRepository entities, Clock clock) {
		this.entities = entities;
		this.clock = clock;
	}

	BusinessEntity create(EntityRequest request) {
		requireProfileMatches(request.accountType(), request.profile());
		requireForeignIdFree(request.foreignId(), null);
		Instant now = now();

		BusinessEntity entity = new BusinessEntity(request.accountType(), request.profile(), now);
		entity.identifyAs(request.foreignId());
		entity.sendEmailTo(request.emailTo());
		entity.assignRoles(request.isCustomer(), request.isPayor(), request.isPayee());
		entity.joinNetwork(Boolean.TRUE.equals(request.isNetworkPayor()),
				Boolean.TRUE.equals(request.isNetworkPayee()));
		entity.showLogo(request.logo());
		if (request.metadata() != null) {
			entity.replaceMetadata(request.metadata());
		}
		this.entities.saveAndFlush(entity);

		logger.info("Created entity {}.", entity.getPublicId());
		return entity;
	}

	BusinessEntity update(String idOrForeignId, EntityUpdateRequest request) {
		BusinessEntity entity = find(idOrForeignId);
		AccountType accountType = (request.accountType() != null) ? request.accountType() : entity.getAccountType();
		Profile profile = (request.profile() != null) ? request.profile() : entity.getProfile();
		requireProfileMatches(accountType, profile);
		if (request.foreignId() != null) {
			requireForeignIdFree(request.foreignId(), entity.getId());
		}
		Instant now = now();

		entity.describeAs(accountType, profile, now);
		if (request.foreignId() != null) {
			entity.identifyAs(request.foreignId());
		}
		if (request.emailTo() != null) {
			entity.sendEmailTo(request.emailTo());
		}
		entity.assignRoles(orElse(request.isCustomer(), entity.isCustomer()),
				orElse(request.isPayor(), entity.isPayor()), orElse(request.isPayee(), entity.isPayee()));
		entity.joinNetwork(orElse(request.isNetworkPayor(), entity.isNetworkPayor()),
				orElse(request.isNetworkPayee(), entity.isNetworkPayee()));
		if (request.logo() != null) {
			entity.showLogo(request.logo());
		}
		if (request.metadata() != null) {
			entity.replaceMetadata(request.metadata());
		}
		this.entities.saveAndFlush(entity);

		logger.info("Updated entity {}.", entity.getPublicId());
		return entity;
	}

	void delete(String idOrForeignId) {
		BusinessEntity entity = find(idOrForeignId);
		this.entities.delete(entity);
		this.entities.flush();
		logger.info("Deleted entity {}.", entity.getPublicId());
	}

	/**
	 * Finds an entity by id or foreign id; an id match wins.
	 * @param idOrForeignId an {@code ent_} id or a foreign id
	 * @return the entity
	 * @throws EntityNotFoundException when neither matches
	 */
	@Transactional(readOnly = true)
	public BusinessEntity find(String idOrForeignId) {
		return lookUp(idOrForeignId).orElseThrow(() -> new EntityNotFoundException(idOrForeignId));
	}

	/**
	 * Finds an entity by id or foreign id; an id match wins.
	 * @param idOrForeignId an {@code ent_} id or a foreign id
	 * @return the entity, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<BusinessEntity> lookUp(String idOrForeignId) {
		Optional<BusinessEntity> byId = PrefixedId.parse(BusinessEntity.ID_PREFIX, idOrForeignId)
			.flatMap(this.entities::findById);
		return byId.isPresent() ? byId : this.entities.findByForeignId(idOrForeignId);
	}

	/**
	 * Finds entities by id or foreign id in one query, in the order named, without
	 * repeats.
	 * @param idsOrForeignIds {@code ent_} ids or foreign ids
	 * @return the entities
	 * @throws EntityNotFoundException naming the first that matches nothing
	 */
	@Transactional(readOnly = true)
	public List<BusinessEntity> findAll(List<String> idsOrForeignIds) {
		Set<UUID> ids = new LinkedHashSet<>();
		idsOrForeignIds.forEach((value) -> PrefixedId.parse(BusinessEntity.ID_PREFIX, value).ifPresent(ids::add));
		List<BusinessEntity> found = this.entities.findByIdsOrForeignIds(ids, idsOrForeignIds);

		Set<BusinessEntity> ordered = new LinkedHashSet<>();
		for (String value : idsOrForeignIds) {
			Optional<UUID> id = PrefixedId.parse(BusinessEntity.ID_PREFIX, value);
			BusinessEntity match = found.stream()
				.filter((entity) -> id.isPresent() && entity.getId().equals(id.get()))
				.findFirst()
				.or(() -> found.stream().filter((entity) -> value.equals(entity.getForeignId())).findFirst())
				.orElseThrow(() -> new EntityNotFoundException(value));
			ordered.add(match);
		}
		return new ArrayList<>(ordered);
	}

	@Transactional(readOnly = true)
	PageResponse<EntityResponse> search(EntityFilter filter, int limit, String startingAfter) {
		Specification<BusinessEntity> matching = filter.toSpecification();
		long count = this.entities.count(matching);

		Specification<BusinessEntity> page = matching;
		if (startingAfter != null) {
			BusinessEntity last = lookUp(startingAfter).orElseThrow(() -> new InvalidRequestException("startingAfter",
					"startingAfter '" + startingAfter + "' is not an entity."));
			page = page.and(CreationOrder.after(last.getCreatedAt(), last.getId()));
		}
		List<BusinessEntity> rows = this.entities.findBy(page,
				(query) -> query.sortBy(CreationOrder.SORT).limit(limit + 1).all());
		return PageResponse.of(count, rows, limit, EntityResponse::of);
	}

	private void requireForeignIdFree(String foreignId, UUID owner) {
		if (foreignId == null) {
			return;
		}
		this.entities.findByForeignId(foreignId).filter((other) -> !other.getId().equals(owner)).ifPresent((other) -> {
			throw new ConflictException("An entity with foreignId '" + foreignId + "' already exists.");
		});
	}

	private static void requireProfileMatches(AccountType accountType, Profile profile) {
		if (!profile.matches(accountType)) {
			throw new InvalidRequestException("profile", "profile must have exactly the '" + accountType
					+ "' member when accountType is '" + accountType + "'.");
		}
	}

	private static boolean orElse(Boolean value, boolean current) {
		return (value != null) ? value : current;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
