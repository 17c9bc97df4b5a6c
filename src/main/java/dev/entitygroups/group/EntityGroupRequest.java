package dev.entitygroups.group;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup}.
 *
 * @param foreignId the platform's own id, unique among groups
 * @param name a display name
 * @param emailToName the local part of the group's inbox address, unique among groups
 * @param metadata free string pairs
 * @param entityIds the entities to start with, by id or foreign id
 */
record EntityGroupRequest(@Size(min = 1, max = 255) String foreignId, @Size(max = 255) String name,
		@Pattern(regexp = EntityGroupUpdateRequest.EMAIL_TO_NAME,
				message = EntityGroupUpdateRequest.EMAIL_TO_NAME_RULE) String emailToName,
		@Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> metadata,
		@Size(max = 100) List<@NotBlank @Size(max = 255) String> entityIds) {
}
