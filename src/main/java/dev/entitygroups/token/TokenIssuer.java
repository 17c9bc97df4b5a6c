package dev.entitygroups.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import dev.entitygroups.web.InvalidRequestException;
import dev.entitygroups.web.PrefixedId;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Issues the HS256 JWTs of entity groups and group users.
 */
@Component
class TokenIssuer {

	private static final Logger logger = LoggerFactory.getLogger(TokenIssuer.class);

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final Clock clock;

	private final SigningKeys keys;

	private final TokenProperties properties;

	private final JsonMapper jsonMapper;

	TokenIssuer(Clock clock, SigningKeys keys, TokenProperties properties, JsonMapper jsonMapper) {
		this.clock = clock;
		this.keys = keys;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Issues a token for an entity group; the caller has checked that the group exists.
	 * @param groupId the group's key (its public id is {@code entg_} and the key)
	 * @param options validated options; {@code null} means {@link TokenOptions#NONE}
	 * @return the compact JWT
	 * @throws InvalidRequestException naming {@code expiresIn} when the lifetime is
	 * invalid
	 */
	public String issueGroupToken(UUID groupId, TokenOptions options) {
		return issueGroupToken(groupId, options, this.clock.instant());
	}

	/**
	 * Issues a token for an entity group at a given instant.
	 * @param groupId the group's key
	 * @param options validated options; {@code null} means {@link TokenOptions#NONE}
	 * @param now the issue time, from the clock revocations are recorded on
	 * @return the compact JWT
	 */
	String issueGroupToken(UUID groupId, TokenOptions options, Instant now) {
		Assert.notNull(groupId, "groupId must not be null");
		String entityGroupId = PrefixedId.format(TokenClaims.GROUP_ID_PREFIX, groupId);
		return issue(TokenType.GROUP, entityGroupId, entityGroupId, null, options, now);
	}

	/**
	 * Issues a token for one user of an entity group; the caller has checked that the
	 * user exists in the group.
	 * @param groupId the group's key (its public id is {@code entg_} and the key)
	 * @param userForeignId the group user's foreign id, not blank
	 * @param options validated options; {@code null} means {@link TokenOptions#NONE}
	 * @return the compact JWT
	 * @throws InvalidRequestException naming {@code expiresIn} when the lifetime is
	 * invalid
	 */
	public String issueUserToken(UUID groupId, String userForeignId, TokenOptions options) {
		return issueUserToken(groupId, userForeignId, options, this.clock.instant());
	}

	/**
	 * Issues a token for one user of an entity group at a given instant.
	 * @param groupId the group's key
	 * @param userForeignId the group user's foreign id, not blank
	 * @param options validated options; {@code null} means {@link TokenOptions#NONE}
	 * @param now the issue time, from the clock revocations are recorded on
	 * @return the compact JWT
	 */
	String issueUserToken(UUID groupId, String userForeignId, TokenOptions options, Instant now) {
		Assert.notNull(groupId, "groupId must not be null");
		Assert.hasText(userForeignId, "userForeignId must not be blank");
		String entityGroupId = PrefixedId.format(TokenClaims.GROUP_ID_PREFIX, groupId);
		return issue(TokenType.USER, userForeignId, entityGroupId, userForeignId, options, now);
	}

	private String issue(TokenType type, String subject, String entityGroupId, String userForeignId,
			TokenOptions options, Instant now) {
		TokenOptions requested = (options != null) ? options : TokenOptions.NONE;
		Duration lifetime = requested.expiresInOrDefault().lifetime(this.properties.maxLifetime());
		Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
		String id = TokenIds.newId(now);

		JwtBuilder builder = Jwts.builder()
			.header()
			.keyId(this.keys.signingKeyId())
			.type("JWT")
			.and()
			.issuer(this.properties.issuer())
			.audience()
			.single(this.properties.audience())
			.subject(subject)
			.issuedAt(Date.from(issuedAt))
			.expiration(Date.from(issuedAt.plus(lifetime)))
			.id(id)
			.claim(TokenClaims.TOKEN_TYPE, type.claimValue())
			.claim(TokenClaims.ENTITY_GROUP_ID, entityGroupId);
		if (userForeignId != null) {
			builder.claim(TokenClaims.USER_FOREIGN_ID, userForeignId);
		}
		if (requested.sessionId() != null) {
			builder.claim(TokenClaims.SESSION_ID, requested.sessionId());
		}
		Map<String, Object> values = this.jsonMapper.convertValue(requested, JSON_OBJECT);
		for (String name : TokenClaims.OPTIONS) {
			if (values.get(name) != null) {
				builder.claim(name, values.get(name));
			}
		}
		String token = builder.signWith(this.keys.signingKey(), Jwts.SIG.HS256).compact();

		logger.debug("Issued {} token {} for {}, valid for {}.", type.claimValue(), id, entityGroupId,
				ExpiresIn.format(lifetime));
		return token;
	}

}
