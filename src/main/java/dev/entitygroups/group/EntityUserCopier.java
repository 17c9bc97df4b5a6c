package dev.entitygroups.group;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies entity users between the entities of a group, so that entities joining a group
 * can receive the users of one already in it; the group user feature implements it.
 */
public interface EntityUserCopier {

	/**
	 * Picks the group's entity with the most users; ties go to the most recently updated
	 * entity.
	 * @param groupId the group
	 * @return the entity, or empty when the group has no entities
	 */
	Optional<UUID> busiestEntity(UUID groupId);

	/**
	 * Copies the users of one entity, with their roles, onto others; a target that
	 * already has a user with the same foreign id keeps its own.
	 * @param sourceEntityId the entity to copy from
	 * @param targetEntityIds the entities to copy onto
	 * @param filterRoles copy only users holding any of these roles; empty copies all
	 * @param now the creation time of the copies
	 * @return the number of users created
	 */
	int copyUsers(UUID sourceEntityId, Collection<UUID> targetEntityIds, Collection<String> filterRoles, Instant now);

}
