package dev.entitygroups.groupuser;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores entity users one at a time; set-based reads and writes live in
 * {@link EntityUserQueries} and {@link GroupUserWrites}.
 */
interface EntityUserRepository extends JpaRepository<EntityUser, UUID> {

	Optional<EntityUser> findByIdAndEntityId(UUID id, UUID entityId);

}
