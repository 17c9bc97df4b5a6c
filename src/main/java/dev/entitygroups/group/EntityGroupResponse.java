package dev.entitygroups.group;

import java.util.List;
import java.util.Map;

import dev.entitygroups.entity.EntityResponse;

/**
 * An entity group as the API answers it.
 *
 * @param id the {@code entg_} id
 * @param foreignId the platform's own id
 * @param name the display name
 * @param emailToName the local part of the inbox address
 * @param metadata free string pairs, {@code {}} when none
 * @param entities the members in the order they were added; their metadata holds only the
 * keys asked for with {@code returnEntityMetadata}
 */
public record EntityGroupResponse(String id, String foreignId, String name, String emailToName,
		Map<String, String> metadata, List<EntityResponse> entities) {
}
