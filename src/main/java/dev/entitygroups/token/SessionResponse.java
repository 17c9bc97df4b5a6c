package dev.entitygroups.token;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.entitygroups.groupuser.EntityGroupUserResponse;

/**
 * What a token stands for, resolved live: the answer of {@code GET /session}.
 *
 * @param type {@code entityGroup} or {@code entityGroupUser}
 * @param entityGroupId the group's {@code entg_} id
 * @param user the group user, for a user token
 * @param entities the ids of the entities the token may see
 * @param options the options the token carries ({@code invoice}, {@code pages},
 * {@code style}, {@code vendors}, {@code entity})
 * @param sessionId the session id, when the token has one
 * @param expiresAt when the token expires
 */
record SessionResponse(TokenType type, String entityGroupId, EntityGroupUserResponse user, List<String> entities,
		Map<String, Object> options, String sessionId, Instant expiresAt) {
}
