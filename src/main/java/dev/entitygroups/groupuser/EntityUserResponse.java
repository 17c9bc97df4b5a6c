package dev.entitygroups.groupuser;

import java.time.Instant;
import java.util.List;

/**
 * An entity user as the API answers it.
 *
 * @param id the {@code user_} id
 * @param foreignId the platform's own id
 * @param email the email
 * @param name the name
 * @param roles the roles, in the order first given
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record EntityUserResponse(String id, String foreignId, String email, String name, List<String> roles, Instant createdAt,
		Instant updatedAt) {

	static EntityUserResponse of(EntityUser user) {
		return new EntityUserResponse(user.getPublicId(), user.getForeignId(), user.getEmail(), user.getName(),
				user.getRoles(), user.getCreatedAt(), user.getUpdatedAt());
	}

	static EntityUserResponse of(EntityUserRow row) {
		return new EntityUserResponse(row.publicId(), row.foreignId(), row.email(), row.name(), row.roles(),
				row.createdAt(), row.updatedAt());
	}

}
