package dev.entitygroups.token;

import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.entitygroups.token.InvalidTokenException.Reason;
import dev.entitygroups.web.PrefixedId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.InvalidClaimException;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.SignatureException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Verifies the service's HS256 JWTs: algorithm, key, signature, lifetime, issuer,
 * audience and the claims every token must carry.
 */
@Component
class TokenVerifier {

	private static final String ALGORITHM = "HS256";

	private static final int MAX_LENGTH = 8_192;

	private final Clock clock;

	private final SigningKeys keys;

	private final JsonMapper jsonMapper;

	private final long clockSkewSeconds;

	private final JwtParser parser;

	TokenVerifier(Clock clock, SigningKeys keys, TokenProperties properties, JsonMapper jsonMapper) {
		this.clock = clock;
		this.keys = keys;
		this.jsonMapper = jsonMapper;
		this.clockSkewSeconds = properties.clockSkew().toSeconds();
		this.parser = Jwts.parser()
			.sig()
			.clear()
			.add(Jwts.SIG.HS256)
			.and()
			.keyLocator(new KeyIdLocator())
			.clock(() -> Date.from(clock.instant()))
			.clockSkewSeconds(this.clockSkewSeconds)
			.requireIssuer(properties.issuer())
			.requireAudience(properties.audience())
			.build();
	}

	/**
	 * Verifies a compact JWT; whether what it names still exists is left to the caller.
	 * @param compact the bearer credential; may be {@code null}
	 * @return what the token says
	 * @throws InvalidTokenException when the token must not be accepted
	 */
	public VerifiedToken verify(String compact) {
		checkHeader(compact);
		Claims claims = parse(compact);
		return read(claims);
	}

	private void checkHeader(String compact) {
		int dot = (compact != null && compact.length() <= MAX_LENGTH) ? compact.indexOf('.') : -1;
		if (dot <= 0) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
		JsonNode header;
		try {
			header = this.jsonMapper.readTree(Base64.getUrlDecoder().decode(compact.substring(0, dot)));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
		if (header == null || !header.isObject()) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
		if (!ALGORITHM.equals(stringValue(header.get("alg")))) {
			throw new InvalidTokenException(Reason.UNSUPPORTED_ALGORITHM);
		}
		if (this.keys.verificationKey(stringValue(header.get("kid"))).isEmpty()) {
			throw new InvalidTokenException(Reason.UNKNOWN_KEY);
		}
	}

	private Claims parse(String compact) {
		try {
			return this.parser.parseSignedClaims(compact).getPayload();
		}
		catch (ExpiredJwtException ex) {
			throw new InvalidTokenException(Reason.EXPIRED);
		}
		catch (PrematureJwtException ex) {
			throw new InvalidTokenException(Reason.NOT_YET_VALID);
		}
		catch (SignatureException ex) {
			throw new InvalidTokenException(Reason.BAD_SIGNATURE);
		}
		catch (InvalidClaimException ex) {
			throw new InvalidTokenException(switch (ex.getClaimName()) {
				case Claims.ISSUER -> Reason.WRONG_ISSUER;
				case Claims.AUDIENCE -> Reason.WRONG_AUDIENCE;
				default -> Reason.INVALID_CLAIM;
			});
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
	}

	private VerifiedToken read(Claims claims) {
		TokenType type = TokenType.ofClaim(claims.get(TokenClaims.TOKEN_TYPE))
			.orElseThrow(() -> new InvalidTokenException(Reason.WRONG_TYPE));
		String subject = required(claims.getSubject());
		String jti = required(claims.getId());
		Instant issuedAt = required(claims.getIssuedAt()).toInstant();
		Instant expiresAt = required(claims.getExpiration()).toInstant();
		String entityGroupId = required(stringClaim(claims, TokenClaims.ENTITY_GROUP_ID));
		String userForeignId = stringClaim(claims, TokenClaims.USER_FOREIGN_ID);
		String sessionId = stringClaim(claims, TokenClaims.SESSION_ID);

		if (issuedAt.isAfter(this.clock.instant().plusSeconds(this.clockSkewSeconds))) {
			throw new InvalidTokenException(Reason.NOT_YET_VALID);
		}
		UUID groupId = PrefixedId.parse(TokenClaims.GROUP_ID_PREFIX, entityGroupId)
			.orElseThrow(() -> new InvalidTokenException(Reason.INVALID_CLAIM));
		String expectedSubject = (type == TokenType.USER) ? required(userForeignId) : entityGroupId;
		if (!subject.equals(expectedSubject) || (type == TokenType.GROUP && userForeignId != null)) {
			throw new InvalidTokenException(Reason.INVALID_CLAIM);
		}

		Instant issuedPrecisely = TokenIds.issuedAt(jti, issuedAt);
		return new VerifiedToken(type, groupId, userForeignId, sessionId, jti, issuedPrecisely, expiresAt,
				options(claims));
	}

	private static Map<String, Object> options(Claims claims) {
		Map<String, Object> options = new LinkedHashMap<>();
		for (String name : TokenClaims.OPTIONS) {
			Object value = claims.get(name);
			if (value != null && !(value instanceof Map)) {
				throw new InvalidTokenException(Reason.INVALID_CLAIM);
			}
			if (value != null) {
				options.put(name, value);
			}
		}
		return options;
	}

	private static String stringClaim(Claims claims, String name) {
		Object value = claims.get(name);
		if (value != null && !(value instanceof String)) {
			throw new InvalidTokenException(Reason.INVALID_CLAIM);
		}
		return (String) value;
	}

	private static <T> T required(T value) {
		if (value == null || Objects.equals(value, "")) {
			throw new InvalidTokenException(Reason.MISSING_CLAIM);
		}
		return value;
	}

	private static String stringValue(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/**
	 * Finds the verification key by the header's {@code kid}.
	 */
	private final class KeyIdLocator extends LocatorAdapter<Key> {

		@Override
		protected Key locate(JwsHeader header) {
			return TokenVerifier.this.keys.verificationKey(header.getKeyId())
				.orElseThrow(() -> new InvalidTokenException(Reason.UNKNOWN_KEY));
		}

	}

}
