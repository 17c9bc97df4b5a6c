package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIntegrationTests extends IntegrationTestSupport {

	private static final Logger logger = LoggerFactory.getLogger(TokenIntegrationTests.class);

	@LocalServerPort
	int port;

	private String groupForeignId;

	private String groupId;

	private String firstEntity;

	private String secondEntity;

	private String otherGroupId;

	private String outsideEntity;

	@BeforeEach
	void createGroupWithUsers() {
		this.firstEntity = createEntity(unique("first"));
		this.secondEntity = createEntity(unique("second"));
		this.outsideEntity = createEntity(unique("outside"));
		this.groupForeignId = unique("grp");
		this.groupId = (String) post("/entityGroup", """
				{"foreignId": "%s", "entityIds": ["%s", "%s"]}""".formatted(this.groupForeignId, this.firstEntity,
				this.secondEntity))
			.get("id");
		this.otherGroupId = (String) post("/entityGroup", "{\"entityIds\": [\"" + this.outsideEntity + "\"]}")
			.get("id");
		post("/entityGroup/" + this.groupId + "/user", """
				{"foreignId": "alice", "name": "Alice", "roles": ["admin"]}""");
		post("/entity/" + this.firstEntity + "/user", "{\"foreignId\": \"carol\", \"roles\": [\"viewer\"]}");
	}

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
	void letsGroupTokenReadItsGroupEntitiesAndUsers() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/token", "{}"));

		for (String uri : List.of("/entityGroup/" + this.groupId, "/entityGroup/" + this.groupForeignId,
				"/entityGroup/" + this.groupId + "/users", "/entityGroup/" + this.groupId + "/user/carol",
				"/entity/" + this.firstEntity, "/entity/" + this.secondEntity + "/users")) {
			holder.get().uri(uri).exchange().expectStatus().isOk();
		}
		holder.get()
			.uri("/entityGroups")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.count")
			.isEqualTo(1)
			.jsonPath("$.data[0].id")
			.isEqualTo(this.groupId);
	}

	@Test
	void forbidsGroupTokenEverythingOutsideItsGroup() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/token", "{}"));

		for (String uri : List.of("/entityGroup/" + this.otherGroupId, "/entityGroup/no-such-group",
				"/entityGroup/" + this.otherGroupId + "/users", "/entity/" + this.outsideEntity,
				"/entity/no-such-entity", "/entity", "/actuator/prometheus")) {
			expectProblem(holder.get().uri(uri), null, 403);
		}
	}

	@Test
	void answersTheSameToCursorsOutsideTheScopeWhetherTheyExistOrNot() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/token", "{}"));

		String existing = problemDetail(holder, "/entityGroups?startingAfter=" + this.otherGroupId);
		String missing = problemDetail(holder, "/entityGroups?startingAfter=no-such-group");

		assertThat(existing.replace(this.otherGroupId, "X")).isEqualTo(missing.replace("no-such-group", "X"));
	}

	@Test
	void answersForbiddenToApiKeyOnEncodedSessionPath() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/%73ession"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY)
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("\"errorName\":\"Forbidden\"");
	}

	@Test
	void forbidsTokensToWriteOrMintTokens() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}"));

		expectProblem(holder.post().uri("/entityGroup/" + this.groupId), "{\"name\": \"x\"}", 403);
		expectProblem(holder.post().uri("/entityGroup/" + this.groupId + "/token"), "{}", 403);
		expectProblem(holder.post().uri("/entityGroup/" + this.groupId + "/user/alice/token"), "{}", 403);
		expectProblem(holder.post().uri("/entityGroup/" + this.groupId + "/user/alice/revokeTokens"), "{}", 403);
		expectProblem(holder.post().uri("/organization/invalidateTokens"), "{}", 403);
		expectProblem(holder.delete().uri("/entity/" + this.firstEntity), null, 403);
		expectProblem(holder.post().uri("/entity"), "{}", 403);
	}

	@Test
	void narrowsUserTokenToTheEntitiesWhereTheUserExists() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}"));

		holder.get()
			.uri("/entityGroup/" + this.groupId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.entities[*].id")
			.isEqualTo(List.of(this.firstEntity));
		holder.get()
			.uri("/entityGroups")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data[0].entities[*].id")
			.isEqualTo(List.of(this.firstEntity));
		holder.get().uri("/entity/" + this.firstEntity + "/users").exchange().expectStatus().isOk();
		holder.get().uri("/entityGroup/" + this.groupId + "/user/carol").exchange().expectStatus().isOk();
		expectProblem(holder.get().uri("/entity/" + this.secondEntity), null, 403);
		expectProblem(holder.get().uri("/entityGroup/" + this.groupId + "/user/alice"), null, 403);
		expectProblem(holder.get().uri("/entityGroup/" + this.groupId + "/users"), null, 403);
	}

	@Test
	void describesUserTokenSession() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/user/carol/token", """
				{"sessionId": "s-42", "style": {"primaryColor": "#fff"}}"""));

		holder.get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("entityGroupUser")
			.jsonPath("$.entityGroupId")
			.isEqualTo(this.groupId)
			.jsonPath("$.user.foreignId")
			.isEqualTo("carol")
			.jsonPath("$.user.entities[0].roles")
			.isEqualTo(List.of("viewer"))
			.jsonPath("$.entities")
			.isEqualTo(List.of(this.firstEntity))
			.jsonPath("$.options.style.primaryColor")
			.isEqualTo("#fff")
			.jsonPath("$.sessionId")
			.isEqualTo("s-42")
			.jsonPath("$.expiresAt")
			.exists();
	}

	@Test
	void describesGroupTokenSessionAndRefusesApiKey() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/token", "{}"));

		holder.get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("entityGroup")
			.jsonPath("$.user")
			.doesNotExist()
			.jsonPath("$.entities")
			.isEqualTo(List.of(this.firstEntity, this.secondEntity));
		expectProblem(this.api.get().uri("/session"), null, 403);
	}

	@Test
	void revokesTokensIssuedBeforeTheRevocation() {
		String earlier = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");
		holding(earlier).get().uri("/session").exchange().expectStatus().isOk();

		this.api.post()
			.uri("/entityGroup/" + this.groupId + "/user/alice/revokeTokens")
			.exchange()
			.expectStatus()
			.isNoContent();

		expectProblem(holding(earlier).get().uri("/session"), null, 401);
	}

	@Test
	void acceptsTokenMintedTheMillisecondAfterARevocation() {
		Instant now = Instant.now();
		this.clock.fix(now.minusMillis(1));
		String before = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");
		this.clock.fix(now);
		this.api.post().uri("/entityGroup/" + this.groupId + "/user/alice/revokeTokens").exchange();

		this.clock.fix(now.plusMillis(1));
		String after = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");

		expectProblem(holding(before).get().uri("/session"), null, 401);
		holding(after).get().uri("/session").exchange().expectStatus().isOk();
	}

	@Test
	void killsTokensOfDeletedUserEvenWhenItReturns() {
		String token = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");

		this.api.delete().uri("/entityGroup/" + this.groupId + "/user/alice").exchange().expectStatus().isNoContent();

		expectProblem(holding(token).get().uri("/session"), null, 401);
		post("/entityGroup/" + this.groupId + "/user", "{\"foreignId\": \"alice\"}");
		expectProblem(holding(token).get().uri("/session"), null, 401);
	}

	@Test
	void killsTokensOfUserWhoseEntityUsersWereDeletedEvenWhenItReturns() {
		String token = mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}");
		String carol = userId(this.firstEntity, "carol");

		this.api.delete().uri("/entity/" + this.firstEntity + "/user/" + carol).exchange().expectStatus().isNoContent();

		expectProblem(holding(token).get().uri("/session"), null, 401);
		post("/entity/" + this.firstEntity + "/user", "{\"foreignId\": \"carol\"}");
		expectProblem(holding(token).get().uri("/session"), null, 401);
		holding(mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}")).get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void keepsTokensDeadWhenTheUsersEntityLeavesAndRejoinsTheGroup() {
		String token = mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}");
		String entityIds = "{\"entityIds\": [\"" + this.firstEntity + "\"]}";

		post("/entityGroup/" + this.groupId + "/removeEntities", entityIds);
		post("/entityGroup/" + this.groupId + "/addEntities", entityIds);

		expectProblem(holding(token).get().uri("/session"), null, 401);
	}

	@Test
	void killsTokensOfUserRemovedFromTheGroupsEntities() {
		String token = mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}");

		post("/entityGroup/" + this.groupId + "/removeEntities", "{\"entityIds\": [\"" + this.firstEntity + "\"]}");

		expectProblem(holding(token).get().uri("/session"), null, 401);
	}

	@Test
	void killsTokensOfDeletedGroup() {
		String token = mint("/entityGroup/" + this.groupId + "/token", "{}");

		this.api.delete().uri("/entityGroup/" + this.groupId).exchange().expectStatus().isNoContent();

		expectProblem(holding(token).get().uri("/entityGroups"), null, 401);
	}

	@Test
	void invalidatesTokensOfNamedSessionsOnly() {
		String doomed = mint("/entityGroup/" + this.groupId + "/token", "{\"sessionId\": \"" + unique("s") + "\"}");
		String spared = mint("/entityGroup/" + this.groupId + "/token", "{\"sessionId\": \"" + unique("s") + "\"}");
		String sessionId = (String) sessionOf(doomed).get("sessionId");

		this.api.post()
			.uri("/organization/invalidateTokens")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"sessionId\": [\"" + sessionId + "\"]}")
			.exchange()
			.expectStatus()
			.isNoContent();

		expectProblem(holding(doomed).get().uri("/session"), null, 401);
		holding(spared).get().uri("/session").exchange().expectStatus().isOk();
	}

	@Test
	void invalidatesEveryTokenIssuedBeforeTheBreakGlass() {
		Instant now = Instant.now();
		this.clock.fix(now.minusMillis(1));
		String before = mint("/entityGroup/" + this.groupId + "/token", "{}");
		holding(before).get().uri("/session").exchange().expectStatus().isOk();
		this.clock.fix(now);

		this.api.post().uri("/organization/invalidateTokens").exchange().expectStatus().isNoContent();

		this.clock.fix(now.plusMillis(1));
		expectProblem(holding(before).get().uri("/session"), null, 401);
		holding(mint("/entityGroup/" + this.groupId + "/token", "{}")).get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesExplicitNullSessionIdsRatherThanInvalidatingEverything() {
		String token = mint("/entityGroup/" + this.groupId + "/token", "{}");

		expectProblem(this.api.post().uri("/organization/invalidateTokens"), "{\"sessionId\": null}", 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("sessionId");

		holding(token).get().uri("/session").exchange().expectStatus().isOk();
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
		String[] parts = token.split("\\.");
		char flipped = (parts[2].charAt(0) == 'A') ? 'B' : 'A';
		String forged = parts[0] + "." + parts[1] + "." + flipped + parts[2].substring(1);

		expectProblem(holding(forged).get().uri("/session"), null, 401);
		expectProblem(holding(signedWith("another-secret-of-at-least-32-bytes!", token)).get().uri("/session"), null,
				401);
		this.clock.shift(Duration.ofMinutes(5));
		expectProblem(holding(token).get().uri("/session"), null, 401);
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

	private long statementsToMintAndRead(String group) {
		this.statements.reset();
		String token = mint("/entityGroup/" + group + "/user/alice/token", "{}");
		long minting = this.statements.count();
		this.statements.reset();
		holding(token).get().uri("/entityGroup/" + group + "/user/alice").exchange().expectStatus().isOk();
		return minting + this.statements.count();
	}

	@SuppressWarnings("unchecked")
	private String userId(String entity, String foreignId) {
		Map<String, Object> page = get("/entity/" + entity + "/users?foreignId=" + foreignId);
		return (String) ((List<Map<String, Object>>) page.get("data")).get(0).get("id");
	}

	private String mint(String uri, String options) {
		String json = this.api.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(options)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(json).startsWith("\"eyJ").endsWith("\"");
		return json.substring(1, json.length() - 1);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> sessionOf(String token) {
		return holding(token).get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static String problemDetail(RestTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String signedWith(String secret, String token) throws Exception {
		SignedJWT original = SignedJWT.parse(token);
		SignedJWT copy = new SignedJWT(original.getHeader(), original.getJWTClaimsSet());
		copy.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		return copy.serialize();
	}

	private RestTestClient holding(String token) {
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private static RestTestClient.BodyContentSpec expectProblem(RestTestClient.RequestBodySpec request, String body,
			int status) {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

	private static RestTestClient.BodyContentSpec expectProblem(RestTestClient.RequestHeadersSpec<?> request,
			Object body, int status) {
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

}
