package dev.entitygroups.token;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a token with a valid signature, issuer, audience and lifetime says; whether the
 * group and user still exist and the token is not revoked is for the caller to check.
 *
 * @param type whether the token stands for a group or for one group user
 * @param groupId the group's key (the claim is {@code entg_} and this key)
 * @param userForeignId the group user's foreign id; {@code null} for a group token
 * @param sessionId the session the token belongs to; {@code null} when none
 * @param jti the token's unique id
 * @param issuedAt when the token was issued: to the millisecond when its {@code jti}
 * carries the time (tokens of this service), else in whole seconds
 * @param expiresAt when the token expires, in whole seconds
 * @param options the {@code invoice}, {@code pages}, {@code style}, {@code vendors} and
 * {@code entity} claims present, as read-only JSON-like maps, lists and scalars
 */
record VerifiedToken(TokenType type, UUID groupId, String userForeignId, String sessionId, String jti, Instant issuedAt,
		Instant expiresAt, Map<String, Object> options) {

	public VerifiedToken {
		options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
	}

}
