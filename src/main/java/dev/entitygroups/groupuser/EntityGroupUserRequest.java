package dev.entitygroups.groupuser;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup/{entityGroupId}/user} and of its update: the user
 * is put on every entity of the group.
 *
 * @param foreignId the platform's own id of the user, required
 * @param email the email; absent keeps the current one
 * @param name the name; absent keeps the current one
 * @param roles roles on every entity of the group; absent keeps the current ones (none
 * for a new user)
 * @param entities roles for single entities, overriding {@code roles} there
 */
record EntityGroupUserRequest(@NotBlank @Size(max = 255) String foreignId, @Email @Size(max = 320) String email,
		@Size(max = 255) String name,
		@Size(max = Roles.MAX_COUNT) List<@NotBlank @Size(max = Roles.MAX_LENGTH) String> roles,
		@Size(max = 100) List<@NotNull @Valid EntityRoles> entities) {

	List<EntityRoles> overrides() {
		return (this.entities != null) ? this.entities : List.of();
	}

	/**
	 * The roles of the user on one entity of the group.
	 *
	 * @param entityId the entity, by id or foreign id; it must be in the group
	 * @param roles the roles there
	 */
	record EntityRoles(@NotBlank @Size(max = 255) String entityId,
			@NotNull @Size(max = Roles.MAX_COUNT) List<@NotBlank @Size(max = Roles.MAX_LENGTH) String> roles) {
	}

}
