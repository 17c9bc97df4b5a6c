package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.entitygroups.token.TokenOptions.Invoice;
import dev.entitygroups.token.TokenOptions.InvoiceStatus;
import dev.entitygroups.token.TokenOptions.LineItemAvailability;
import dev.entitygroups.token.TokenOptions.Pages;
import dev.entitygroups.token.TokenOptions.Style;
import dev.entitygroups.token.TokenOptions.VendorNetwork;
import dev.entitygroups.token.TokenOptions.Vendors;
import dev.entitygroups.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TokenIssuer}: the header and claims of both token kinds, read back
 * with nimbus-jose-jwt as an independent JOSE implementation.
 */
class TokenIssuerTests {

	private static final Instant NOW = Instant.parse("2025-03-01T09:30:00.750Z");

	private static final UUID GROUP_ID = UUID.fromString("a0f6ea94-0761-4a5e-a416-3c453cb7eced");

	private static final String ENTITY_GROUP_ID = "entg_a0f6ea94-0761-4a5e-a416-3c453cb7eced";

	private final TokenIssuer issuer = issuer(SigningKeysTests.SECRET);

	@Test
	void issuesGroupTokenWithExactlyTheGroupClaims() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.issuer.issueGroupToken(GROUP_ID, TokenOptions.NONE));

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
		Map<String, Object> claims = jwt.getPayload().toJSONObject();
		assertThat(claims).containsOnlyKeys("iss", "aud", "sub", "iat", "exp", "jti", "tokenType", "entityGroupId")
			.containsEntry("iss", "entity-group-service")
			.containsEntry("aud", "entity-group-embed")
			.containsEntry("sub", ENTITY_GROUP_ID)
			.containsEntry("tokenType", "entityGroup")
			.containsEntry("entityGroupId", ENTITY_GROUP_ID);
		assertThat(UUID.fromString((String) claims.get("jti"))).isNotNull();
	}

	@Test
	void issuesUserTokenWithTheUserAsSubject() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.issuer.issueUserToken(GROUP_ID, "user-42", TokenOptions.NONE));

		Map<String, Object> claims = jwt.getPayload().toJSONObject();
		assertThat(claims)
			.containsOnlyKeys("iss", "aud", "sub", "iat", "exp", "jti", "tokenType", "entityGroupId", "userForeignId")
			.containsEntry("sub", "user-42")
			.containsEntry("tokenType", "entityGroupUser")
			.containsEntry("entityGroupId", ENTITY_GROUP_ID)
			.containsEntry("userForeignId", "user-42");
	}

	@Test
	void issuesOneHourTokenByDefault() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.issuer.issueGroupToken(GROUP_ID, null));

		Instant issuedAt = jwt.getJWTClaimsSet().getIssueTime().toInstant();
		assertThat(issuedAt).isEqualTo(Instant.parse("2025-03-01T09:30:00Z"));
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(issuedAt.plusSeconds(3600));
	}

	@Test
	void expiresAfterRequestedLifetime() throws Exception {
		TokenOptions options = new TokenOptions(ExpiresIn.of("1.5h"), null, null, null, null, null, null);

		SignedJWT jwt = SignedJWT.parse(this.issuer.issueGroupToken(GROUP_ID, options));

		Duration lifetime = Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
				jwt.getJWTClaimsSet().getExpirationTime().toInstant());
		assertThat(lifetime).isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void refusesLifetimeOverTheMaximum() {
		TokenOptions options = new TokenOptions(ExpiresIn.of("10y"), null, null, null, null, null, null);

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.issuer.issueUserToken(GROUP_ID, "user-42", options))
			.withMessage("expiresIn '10y' exceeds the maximum lifetime of 30d.");
	}

	@Test
	void copiesOptionsAsValidatedOmittingAbsentMembers() throws Exception {
		TokenOptions options = new TokenOptions(ExpiresIn.ofSeconds("600"),
				new Invoice(LineItemAvailability.REQUIRED, List.of(InvoiceStatus.DRAFT, InvoiceStatus.NEW), null),
				new Pages(true, null, null, null, false, null), new Style("#abc"),
				new Vendors(null, VendorNetwork.PLATFORM), new TokenOptions.Entity(true), "session_123");

		SignedJWT jwt = SignedJWT.parse(this.issuer.issueUserToken(GROUP_ID, "user-42", options));

		Map<String, Object> claims = jwt.getPayload().toJSONObject();
		assertThat(claims).doesNotContainKey("expiresIn")
			.containsEntry("sessionId", "session_123")
			.containsEntry("invoice", Map.of("lineItems", "REQUIRED", "status", List.of("DRAFT", "NEW")))
			.containsEntry("pages", Map.of("paymentMethods", true, "approvals", false))
			.containsEntry("style", Map.of("primaryColor", "#abc"))
			.containsEntry("vendors", Map.of("network", "platform"))
			.containsEntry("entity", Map.of("enableMercoaPayments", true));
	}

	@Test
	void issuesUniqueTokenIds() throws Exception {
		String first = SignedJWT.parse(this.issuer.issueGroupToken(GROUP_ID, null)).getJWTClaimsSet().getJWTID();
		String second = SignedJWT.parse(this.issuer.issueGroupToken(GROUP_ID, null)).getJWTClaimsSet().getJWTID();

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void signsTokensThatNimbusVerifiesWithTheSecret() throws Exception {
		SignedJWT jwt = SignedJWT.parse(this.issuer.issueUserToken(GROUP_ID, "user-42", TokenOptions.NONE));

		assertThat(jwt.verify(new MACVerifier(SigningKeysTests.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		assertThat(jwt.verify(new MACVerifier(SigningKeysTests.OLD_SECRET.getBytes(StandardCharsets.UTF_8)))).isFalse();
	}

	@Test
	void signsWithTheConfiguredKeyId() throws Exception {
		TokenProperties properties = new TokenProperties(SigningKeysTests.SECRET, "2025-06", null, "issuer", "audience",
				Duration.ofDays(1), Duration.ofSeconds(30));
		TokenIssuer issuer = new TokenIssuer(fixedClock(), new SigningKeys(properties, new MockEnvironment()),
				properties, JsonMapper.builder().build());

		SignedJWT jwt = SignedJWT.parse(issuer.issueGroupToken(GROUP_ID, null));

		assertThat(jwt.getHeader().getKeyID()).isEqualTo("2025-06");
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("issuer");
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("audience");
	}

	static TokenIssuer issuer(String secret) {
		TokenProperties properties = SigningKeysTests.properties(secret, null);
		return new TokenIssuer(fixedClock(), SigningKeysTests.keys(secret, null), properties,
				JsonMapper.builder().build());
	}

	static Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
