package dev.entitygroups.group;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Stores group membership: which entities a group holds, in the order they were added.
 */
interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

	/**
	 * Adds an entity to a group unless it is already there, safe against concurrent adds.
	 * @param groupId the group
	 * @param entityId the entity
	 * @param addedAt when
	 * @return 1 when the entity was added, 0 when it was already a member
	 */
	@Modifying
	@Query(value = """
			insert into entity_group_members (entity_group_id, entity_id, added_at)
			values (:groupId, :entityId, :addedAt)
			on conflict (entity_group_id, entity_id) do nothing""", nativeQuery = true)
	int addIfAbsent(UUID groupId, UUID entityId, Instant addedAt);

	@Modifying
	@Query("delete from GroupMember m where m.group.id = :groupId and m.entity.id in :entityIds")
	int removeAll(UUID groupId, Collection<UUID> entityIds);

	/**
	 * Lists the members of groups with their entities, in one query.
	 * @param groupIds the groups
	 * @return the members, each group's in the order they were added
	 */
	@Query("select m from GroupMember m join fetch m.entity where m.group.id in :groupIds order by m.id")
	List<GroupMember> findWithEntities(Collection<UUID> groupIds);

	@Query("select m.entity.id from GroupMember m where m.group.id = :groupId order by m.id")
	List<UUID> findEntityIds(UUID groupId);

	@Query("select count(m) > 0 from GroupMember m where m.group.id = :groupId and m.entity.id = :entityId")
	boolean isMember(UUID groupId, UUID entityId);

	/**
	 * Lists the entities of a group that a scope sees: all of them, or those where the
	 * group user exists.
	 * @param groupId the group
	 * @param userForeignId the group user's foreign id, or {@code null} for all
	 * @param entityId only this entity, or {@code null} for all
	 * @return the entity ids in the order they were added
	 */
	@Query(value = """
			select m.entity_id from entity_group_members m
			where m.entity_group_id = :groupId
			  and (cast(:entityId as uuid) is null or m.entity_id = :entityId)
			  and (cast(:userForeignId as text) is null or exists (
			      select 1 from entity_users u where u.entity_id = m.entity_id and u.foreign_id = :userForeignId))
			order by m.id""", nativeQuery = true)
	List<UUID> findVisibleEntityIds(UUID groupId, String userForeignId, UUID entityId);

}
