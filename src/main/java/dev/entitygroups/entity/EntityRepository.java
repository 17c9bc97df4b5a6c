package dev.entitygroups.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Stores entities.
 */
interface EntityRepository extends JpaRepository<BusinessEntity, UUID>, JpaSpecificationExecutor<BusinessEntity> {

	Optional<BusinessEntity> findByForeignId(String foreignId);

	@Query("select e from BusinessEntity e where e.id in :ids or e.foreignId in :foreignIds")
	List<BusinessEntity> findByIdsOrForeignIds(Collection<UUID> ids, Collection<String> foreignIds);

}
