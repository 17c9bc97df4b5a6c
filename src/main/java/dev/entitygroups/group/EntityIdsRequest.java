package dev.entitygroups.group;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup/{entityGroupId}/removeEntities}: entities by id or
 * foreign id.
 *
 * @param entityIds the entities, 1 to 100
 */
record EntityIdsRequest(@NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 255) String> entityIds) {
}
