package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuingIntegrationTests extends TokenTestSupport {

	private static final Logger logger = LoggerFactory.getLogger(TokenIssuingIntegrationTests.class);

	@Test
	void issuesGroupTokenThatAnotherJoseLibraryVerifies() throws Exception {
		String token = mint("/entityGroup/" + this.groupForeignId + "/token", "{}");

		SignedJWT jwt = SignedJWT.parse(token);

		assertThat(jwt.verify(new MACVerifier(TOKEN_SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(this.groupId);
		assertThat(claims.getIssuer()).isEqualTo("entity-group-service");
		assertThat(claims.getAudience()).containsExactly("entity-group-embed");
		assertThat(claims.getStringClaim("tokenType")).isEqualTo("entityGroup");
		assertThat(claims.getStringClaim("entityGroupId")).isEqualTo(this.groupId);
		assertThat(claims.getClaim("userForeignId")).isNull();
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
	}

	@Test
	void issuesUserTokenCarryingItsOptions() throws Exception {
		String token = mint("/entityGroup/" + this.groupId + "/user/alice/token", """
				{"expiresIn": "2h", "sessionId": "sess-1", "style": {"primaryColor": "#1a2B3c"},
				 "pages": {"approvals": true}, "vendors": {"network": "platform"},
				 "invoice": {"status": ["NEW", "APPROVED"], "lineItems": "REQUIRED"}}""");

		JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

		assertThat(claims.getSubject()).isEqualTo("alice");
		assertThat(claims.getStringClaim("tokenType")).isEqualTo("entityGroupUser");
		assertThat(claims.getStringClaim("userForeignId")).isEqualTo("alice");
		assertThat(claims.getStringClaim("sessionId")).isEqualTo("sess-1");
		assertThat(claims.getJSONObjectClaim("style")).isEqualTo(Map.of("primaryColor", "#1a2B3c"));
		assertThat(claims.getJSONObjectClaim("pages")).isEqualTo(Map.of("approvals", true));
		assertThat(claims.getJSONObjectClaim("invoice")).containsEntry("status", List.of("NEW", "APPROVED"));
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(7_200_000);
	}

	@Test
	void refusesTokenForUserOrGroupThatDoesNotExist() {
		expectProblem(this.api.post().uri("/entityGroup/" + this.groupId + "/user/nobody/token"), "{}", 404);
		expectProblem(this.api.post().uri("/entityGroup/no-such-group/token"), "{}", 404);
	}

	@Test
	void rejectsInvalidOptionsNamingTheField() {
		String uri = "/entityGroup/" + this.groupId + "/token";

		expectProblem(this.api.post().uri(uri), "{\"style\": {\"primaryColor\": \"red\"}}", 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("style.primaryColor");
		expectProblem(this.api.post().uri(uri), "{\"expiresIn\": \"31d\"}", 400).jsonPath("$.errors[0].field")
			.isEqualTo("expiresIn");
		expectProblem(this.api.post().uri(uri), "{\"theme\": \"dark\"}", 400).jsonPath("$.errors[0].field")
			.isEqualTo("theme");
		expectProblem(this.api.post().uri(uri), "{\"vendors\": {}}", 400).jsonPath("$.errors[0].field")
			.isEqualTo("vendors.network");
	}

	@Test
	void refusesSessionIdWithControlCharacters() {
		expectProblem(this.api.post().uri("/entityGroup/" + this.groupId + "/token"), "{\"sessionId\": \"a\\u0000b\"}",
				400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("sessionId");
	}

	@Test
	void refusesTamperedForeignOrExpiredToken() throws Exception {
		String token = mint("/entityGroup/" + this.groupId + "/token", "{\"expiresIn\": 60}");

		expectProblem(holding(tampered(token)).get().uri("/session"), null, 401);
		expectProblem(holding(signedWith("another-secret-of-at-least-32-bytes!", token)).get().uri("/session"), null,
				401);
		this.clock.shift(Duration.ofMinutes(5));
		expectProblem(holding(token).get().uri("/session"), null, 401);
	}

	@Test
	void countsIssuedAndRefusedTokensWithBoundedTags() {
		String token = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");
		holding(tampered(token)).get().uri("/session").exchange();

		String metrics = this.api.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics)
			.containsPattern("entitygroups_tokens_issued_total\\{[^}]*type=\"entityGroupUser\"[^}]*} [1-9]")
			.containsPattern("entitygroups_tokens_verification_failures_total\\{[^}]*reason=\"bad_signature\"")
			.doesNotContain(this.groupId, "alice");
	}

	@Test
	void mintsAndReadsWithConstantStatementsWhateverTheGroupSize() {
		long small = statementsToMintAndRead(this.groupId);
		String bigGroup = (String) post("/entityGroup", "{}").get("id");
		for (int i = 0; i < 15; i++) {
			post("/entityGroup/" + bigGroup + "/addEntities",
					"{\"entityIds\": [\"" + createEntity(unique("big")) + "\"]}");
		}
		post("/entityGroup/" + bigGroup + "/user", "{\"foreignId\": \"alice\"}");

		long big = statementsToMintAndRead(bigGroup);
		logger.info("Minting a user token and reading with it took {} statements in a group of 2 entities and {} in"
				+ " one of 15.", small, big);

		assertThat(big).isEqualTo(small).isLessThanOrEqualTo(12);
	}

}
