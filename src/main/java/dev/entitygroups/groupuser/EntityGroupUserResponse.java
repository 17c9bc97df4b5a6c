package dev.entitygroups.groupuser;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.web.PrefixedId;

/**
 * A group user as the API answers it: the entity users sharing one foreign id across a
 * group's entities.
 *
 * @param foreignId the platform's own id of the user
 * @param email the email of the most recently updated entity user
 * @param name the name of the most recently updated entity user
 * @param entities the entity users, in the order their entities joined the group
 * @param createdAt when the first of them was created
 * @param updatedAt when the last of them changed
 */
public record EntityGroupUserResponse(String foreignId, String email, String name, List<EntityRoles> entities,
		Instant createdAt, Instant updatedAt) {

	/**
	 * Describes the entity users of one foreign id.
	 * @param rows the entity users, in the order their entities joined the group; not
	 * empty
	 * @return the group user
	 */
	static EntityGroupUserResponse of(List<EntityUserRow> rows) {
		EntityUserRow latest = rows.stream().max(Comparator.comparing(EntityUserRow::updatedAt)).orElseThrow();
		Instant createdAt = rows.stream().map(EntityUserRow::createdAt).min(Comparator.naturalOrder()).orElseThrow();
		List<EntityRoles> entities = rows.stream().map(EntityRoles::of).toList();
		return new EntityGroupUserResponse(latest.foreignId(), latest.email(), latest.name(), entities, createdAt,
				latest.updatedAt());
	}

	static List<EntityGroupUserResponse> ofAll(Map<String, List<EntityUserRow>> rowsByForeignId) {
		return rowsByForeignId.values().stream().map(EntityGroupUserResponse::of).toList();
	}

	/**
	 * One entity user of a group user.
	 *
	 * @param id the {@code user_} id of the entity user
	 * @param entityId the {@code ent_} id of its entity
	 * @param roles its roles there
	 */
	public record EntityRoles(String id, String entityId, List<String> roles) {

		static EntityRoles of(EntityUserRow row) {
			return new EntityRoles(row.publicId(), PrefixedId.format(BusinessEntity.ID_PREFIX, row.entityId()),
					row.roles());
		}

	}

}
