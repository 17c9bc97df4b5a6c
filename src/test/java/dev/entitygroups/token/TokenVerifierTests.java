package dev.entitygroups.token;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.entitygroups.token.InvalidTokenException.Reason;
import dev.entitygroups.token.TokenOptions.Invoice;
import dev.entitygroups.token.TokenOptions.InvoiceStatus;
import dev.entitygroups.token.TokenOptions.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link TokenVerifier}: what it accepts, and each reason it rejects a token
 * for.
 */
class TokenVerifierTests {

	private static final String SECRET = "0123456789abcdef".repeat(4);

	private static final String OTHER_SECRET = "fedcba9876543210".repeat(4);

	private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

	private static final UUID GROUP_ID = UUID.fromString("a0f6ea94-0761-4a5e-a416-3c453cb7eced");

	private static final String ENTITY_GROUP_ID = "entg_" + GROUP_ID;

	private final TokenVerifier verifier = verifier(NOW, keys(SECRET, "k1", null));

	@Test
	void acceptsUserTokenFromTheIssuer() {
		TokenOptions options = new TokenOptions(ExpiresIn.of("2h"),
				new Invoice(null, List.of(InvoiceStatus.PAID), true), null, new Style("#abc"), null, null,
				"session_123");
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueUserToken(GROUP_ID, "user-42", options);

		VerifiedToken verified = this.verifier.verify(token);

		assertThat(verified.type()).isEqualTo(TokenType.USER);
		assertThat(verified.groupId()).isEqualTo(GROUP_ID);
		assertThat(verified.userForeignId()).isEqualTo("user-42");
		assertThat(verified.sessionId()).isEqualTo("session_123");
		assertThat(UUID.fromString(verified.jti())).isNotNull();
		assertThat(verified.issuedAt()).isEqualTo(NOW);
		assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
		assertThat(verified.options()).containsOnlyKeys("invoice", "style")
			.containsEntry("invoice", Map.of("status", List.of("PAID"), "recurring", true))
			.containsEntry("style", Map.of("primaryColor", "#abc"));
	}

	@Test
	void acceptsGroupTokenFromTheIssuer() {
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		VerifiedToken verified = this.verifier.verify(token);

		assertThat(verified.type()).isEqualTo(TokenType.GROUP);
		assertThat(verified.groupId()).isEqualTo(GROUP_ID);
		assertThat(verified.userForeignId()).isNull();
		assertThat(verified.sessionId()).isNull();
		assertThat(verified.options()).isEmpty();
	}

	@Test
	void exposesOptionsReadOnly() {
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		Map<String, Object> options = this.verifier.verify(token).options();

		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> options.put("style", Map.of()));
	}

	@Test
	void rejectsTamperedPayload() {
		String[] parts = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = payload.replace(GROUP_ID.toString(), UUID.randomUUID().toString());

		String token = parts[0] + "." + base64Url(forged) + "." + parts[2];

		assertRejected(token, Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsTokenSignedWithAnotherSecret() {
		String token = issuer(NOW, keys(OTHER_SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		assertRejected(token, Reason.BAD_SIGNATURE);
	}

	@Test
	void rejectsUnsignedToken() {
		String token = base64Url("{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"JWT\"}") + "."
				+ base64Url(json(groupClaims())) + ".";

		assertRejected(token, Reason.UNSUPPORTED_ALGORITHM);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherAlgorithms")
	void rejectsOtherHmacAlgorithmWithTheSameSecret(JWSAlgorithm algorithm) throws Exception {
		String token = nimbusToken(new JWSHeader.Builder(algorithm).keyID("k1").build(), groupClaims(), SECRET);

		assertRejected(token, Reason.UNSUPPORTED_ALGORITHM);
	}

	static Stream<JWSAlgorithm> otherAlgorithms() {
		return Stream.of(JWSAlgorithm.HS384, JWSAlgorithm.HS512);
	}

	@Test
	void rejectsHeaderWithoutAlgorithm() {
		assertRejected(rawToken("{\"kid\":\"k1\"}", json(groupClaims())), Reason.UNSUPPORTED_ALGORITHM);
	}

	@Test
	void rejectsAlgorithmSpelledInLowerCase() {
		String token = rawToken("{\"alg\":\"hs256\",\"kid\":\"k1\"}", json(groupClaims()));

		assertRejected(token, Reason.UNSUPPORTED_ALGORITHM);
	}

	@Test
	void rejectsHeaderThatNamesTheAlgorithmTwice() {
		String token = rawToken("{\"alg\":\"HS512\",\"kid\":\"k1\",\"alg\":\"HS256\"}", json(groupClaims()));

		assertRejected(token, Reason.MALFORMED);
	}

	@Test
	void rejectsUnknownKeyId() throws Exception {
		String token = nimbusToken(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k9").build(), groupClaims(),
				SECRET);

		assertRejected(token, Reason.UNKNOWN_KEY);
	}

	@Test
	void rejectsTokenWithoutKeyId() throws Exception {
		String token = nimbusToken(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), groupClaims(), SECRET);

		assertRejected(token, Reason.UNKNOWN_KEY);
	}

	@Test
	void ignoresKeysOfferedInTheHeader() throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1")
			.jwkURL(URI.create("https://attacker.example/jwks.json"))
			.x509CertURL(URI.create("https://attacker.example/cert.pem"))
			.jwk(new RSAKeyGenerator(2048).generate().toPublicJWK())
			.build();

		assertRejected(nimbusToken(header, groupClaims(), OTHER_SECRET), Reason.BAD_SIGNATURE);
		assertThat(this.verifier.verify(nimbusToken(header, groupClaims(), SECRET)).groupId()).isEqualTo(GROUP_ID);
	}

	@Test
	void rejectsExpiredTokenBeyondClockSkew() {
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		TokenVerifier later = verifier(NOW.plus(Duration.ofHours(1)).plusSeconds(31), keys(SECRET, "k1", null));

		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> later.verify(token))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.EXPIRED));
	}

	@Test
	void acceptsExpiredTokenWithinClockSkew() {
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		TokenVerifier later = verifier(NOW.plus(Duration.ofHours(1)).plusSeconds(29), keys(SECRET, "k1", null));

		assertThat(later.verify(token).groupId()).isEqualTo(GROUP_ID);
	}

	@Test
	void acceptsTokenIssuedSlightlyInTheFuture() {
		String token = issuer(NOW.plusSeconds(20), keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		assertThat(this.verifier.verify(token).issuedAt()).isEqualTo(NOW.plusSeconds(20));
	}

	@Test
	void rejectsTokenFromAnotherIssuer() {
		TokenProperties properties = new TokenProperties(SECRET, "k1", null, "someone-else", "entity-group-embed",
				Duration.ofDays(30), Duration.ofSeconds(30));
		String token = new TokenIssuer(clock(NOW), keys(SECRET, "k1", null), properties, JsonMapper.builder().build())
			.issueGroupToken(GROUP_ID, null);

		assertRejected(token, Reason.WRONG_ISSUER);
	}

	@Test
	void rejectsTokenForAnotherAudience() {
		TokenProperties properties = new TokenProperties(SECRET, "k1", null, "entity-group-service", "another-app",
				Duration.ofDays(30), Duration.ofSeconds(30));
		String token = new TokenIssuer(clock(NOW), keys(SECRET, "k1", null), properties, JsonMapper.builder().build())
			.issueGroupToken(GROUP_ID, null);

		assertRejected(token, Reason.WRONG_AUDIENCE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("claimsThatBreakARule")
	void rejectsClaimsThatBreakARule(String description, Consumer<Map<String, Object>> change, Reason reason)
			throws Exception {
		Map<String, Object> claims = groupClaims();
		change.accept(claims);

		String token = nimbusToken(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims, SECRET);

		assertRejected(token, reason);
	}

	static Stream<Arguments> claimsThatBreakARule() {
		long now = NOW.getEpochSecond();
		return Stream.of(arguments("without iss", without("iss"), Reason.WRONG_ISSUER),
				arguments("without aud", without("aud"), Reason.WRONG_AUDIENCE),
				arguments("aud without ours", with("aud", List.of("other")), Reason.WRONG_AUDIENCE),
				arguments("without sub", without("sub"), Reason.MISSING_CLAIM),
				arguments("without jti", without("jti"), Reason.MISSING_CLAIM),
				arguments("without iat", without("iat"), Reason.MISSING_CLAIM),
				arguments("without exp", without("exp"), Reason.MISSING_CLAIM),
				arguments("without entityGroupId", without("entityGroupId"), Reason.MISSING_CLAIM),
				arguments("without tokenType", without("tokenType"), Reason.WRONG_TYPE),
				arguments("tokenType entity", with("tokenType", "entity"), Reason.WRONG_TYPE),
				arguments("user tokenType without userForeignId", with("tokenType", "entityGroupUser"),
						Reason.MISSING_CLAIM),
				arguments("entityGroupId of an entity", with("entityGroupId", "ent_" + GROUP_ID), Reason.INVALID_CLAIM),
				arguments("entityGroupId not a UUID", with("entityGroupId", "entg_acme"), Reason.INVALID_CLAIM),
				arguments("entityGroupId a number", with("entityGroupId", 42), Reason.INVALID_CLAIM),
				arguments("sub of another group", with("sub", "entg_" + UUID.randomUUID()), Reason.INVALID_CLAIM),
				arguments("group token naming a user", with("userForeignId", "user-42"), Reason.INVALID_CLAIM),
				arguments("sessionId a number", with("sessionId", 7), Reason.INVALID_CLAIM),
				arguments("style a string", with("style", "#fff"), Reason.INVALID_CLAIM),
				arguments("iat beyond the clock skew", with("iat", now + 31), Reason.NOT_YET_VALID),
				arguments("nbf beyond the clock skew", with("nbf", now + 31), Reason.NOT_YET_VALID));
	}

	@Test
	void acceptsAudienceListContainingOurs() throws Exception {
		Map<String, Object> claims = groupClaims();
		claims.put("aud", List.of("other", "entity-group-embed"));

		String token = nimbusToken(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims, SECRET);

		assertThat(this.verifier.verify(token).type()).isEqualTo(TokenType.GROUP);
	}

	@ParameterizedTest(name = "''{0}''")
	@NullAndEmptySource
	@ValueSource(strings = { "abc", "a.b.c", "..", "W10.e30.", "!!.e30.e30", "eyJhbGciOiJIUzI1NiJ9" })
	void rejectsMalformedToken(String token) {
		assertRejected(token, Reason.MALFORMED);
	}

	@Test
	void rejectsSignedContentThatIsNotClaims() {
		assertRejected(rawToken("{\"alg\":\"HS256\",\"kid\":\"k1\"}", "hello"), Reason.MALFORMED);
	}

	@Test
	void rejectsOverlongToken() {
		String token = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID,
				new TokenOptions(null, null, null, null, null, null, "s".repeat(255)));

		assertRejected(token + "A".repeat(8_192), Reason.MALFORMED);
	}

	@Test
	void rejectsEncryptedToken() {
		String token = base64Url("{\"alg\":\"dir\",\"enc\":\"A256GCM\",\"kid\":\"k1\"}") + "..iv.ciphertext.tag";

		assertRejected(token, Reason.UNSUPPORTED_ALGORITHM);
	}

	@Test
	void verifiesTokenSignedWithPreviousKeyAfterRotation() {
		String before = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);
		SigningKeys rotated = keys(OTHER_SECRET, "k2", "k1:" + SECRET);

		String after = issuer(NOW, rotated).issueGroupToken(GROUP_ID, null);

		TokenVerifier verifier = verifier(NOW, rotated);
		assertThat(verifier.verify(before).groupId()).isEqualTo(GROUP_ID);
		assertThat(verifier.verify(after).groupId()).isEqualTo(GROUP_ID);
	}

	@Test
	void rejectsTokenOfRetiredKey() {
		String before = issuer(NOW, keys(SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		TokenVerifier verifier = verifier(NOW, keys(OTHER_SECRET, "k2", null));

		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> verifier.verify(before))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.UNKNOWN_KEY));
	}

	@Test
	void keepsTokenOutOfTheMessage() {
		String token = issuer(NOW, keys(OTHER_SECRET, "k1", null)).issueGroupToken(GROUP_ID, null);

		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.verifier.verify(token))
			.satisfies((ex) -> assertThat(ex).hasMessage("The token's signature does not match.").hasNoCause())
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(token.split("\\.")[1]));
	}

	private void assertRejected(String token, Reason reason) {
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.verifier.verify(token))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

	private static Map<String, Object> groupClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "entity-group-service");
		claims.put("aud", "entity-group-embed");
		claims.put("sub", ENTITY_GROUP_ID);
		claims.put("iat", NOW.getEpochSecond());
		claims.put("exp", NOW.getEpochSecond() + 3600);
		claims.put("jti", "4b0c7a1e-5c9f-4b7e-9d3e-2f1a6c8b9d0e");
		claims.put("tokenType", "entityGroup");
		claims.put("entityGroupId", ENTITY_GROUP_ID);
		return claims;
	}

	private static Consumer<Map<String, Object>> without(String claim) {
		return (claims) -> claims.remove(claim);
	}

	private static Consumer<Map<String, Object>> with(String claim, Object value) {
		return (claims) -> claims.put(claim, value);
	}

	private static String nimbusToken(JWSHeader header, Map<String, Object> claims, String secret) throws Exception {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
		claims.forEach(builder::claim);
		JWSHeader typed = new JWSHeader.Builder(header).type(JOSEObjectType.JWT).build();
		SignedJWT jwt = new SignedJWT(typed, builder.build());
		jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private static String rawToken(String header, String payload) {
		String signingInput = base64Url(header) + "." + base64Url(payload);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Map<String, Object> claims) {
		return JsonMapper.builder().build().writeValueAsString(claims);
	}

	private static String base64Url(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static SigningKeys keys(String secret, String keyId, String previousKeys) {
		TokenProperties properties = new TokenProperties(secret, keyId, previousKeys, "entity-group-service",
				"entity-group-embed", Duration.ofDays(30), Duration.ofSeconds(30));
		return new SigningKeys(properties, new MockEnvironment());
	}

	private static TokenIssuer issuer(Instant now, SigningKeys keys) {
		return new TokenIssuer(clock(now), keys, SigningKeysTests.properties(SECRET, null),
				JsonMapper.builder().build());
	}

	private static TokenVerifier verifier(Instant now, SigningKeys keys) {
		return new TokenVerifier(clock(now), keys, SigningKeysTests.properties(SECRET, null),
				JsonMapper.builder().build());
	}

	private static Clock clock(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

}
