package dev.entitygroups.groupuser;

import java.time.Instant;
import java.util.UUID;

/**
 * Published, inside the deleting transaction, when a group user is deleted from every
 * entity of its group, so that features holding state about it (tokens) can drop it.
 *
 * @param groupId the group's key
 * @param foreignId the user's foreign id
 * @param removedAt when it was deleted
 */
public record GroupUserRemoved(UUID groupId, String foreignId, Instant removedAt) {
}
