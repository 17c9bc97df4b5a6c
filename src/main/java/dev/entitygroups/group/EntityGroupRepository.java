package dev.entitygroups.group;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Stores entity groups.
 */
interface EntityGroupRepository extends JpaRepository<EntityGroup, UUID>, JpaSpecificationExecutor<EntityGroup> {

	Optional<EntityGroup> findByForeignId(String foreignId);

	Optional<EntityGroup> findByEmailToName(String emailToName);

}
