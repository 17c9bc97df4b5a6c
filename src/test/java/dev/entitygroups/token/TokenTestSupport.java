package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;
import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the token integration tests: a group of two entities with a user on both
 * ({@code alice}) and one on the first only ({@code carol}), another group, and helpers
 * to mint tokens and call the service holding them.
 */
abstract class TokenTestSupport extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	String groupForeignId;

	String groupId;

	String firstEntity;

	String secondEntity;

	String otherGroupId;

	String outsideEntity;

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

	long statementsToMintAndRead(String group) {
		this.statements.reset();
		String token = mint("/entityGroup/" + group + "/user/alice/token", "{}");
		long minting = this.statements.count();
		this.statements.reset();
		holding(token).get().uri("/entityGroup/" + group + "/user/alice").exchange().expectStatus().isOk();
		return minting + this.statements.count();
	}

	@SuppressWarnings("unchecked")
	String userId(String entity, String foreignId) {
		Map<String, Object> page = get("/entity/" + entity + "/users?foreignId=" + foreignId);
		return (String) ((List<Map<String, Object>>) page.get("data")).get(0).get("id");
	}

	String mint(String uri, String options) {
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
	Map<String, Object> sessionOf(String token) {
		return holding(token).get()
			.uri("/session")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	static String problemDetail(RestTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	static String tampered(String token) {
		String[] parts = token.split("\\.");
		char flipped = (parts[2].charAt(0) == 'A') ? 'B' : 'A';
		return parts[0] + "." + parts[1] + "." + flipped + parts[2].substring(1);
	}

	static String signedWith(String secret, String token) throws Exception {
		SignedJWT original = SignedJWT.parse(token);
		SignedJWT copy = new SignedJWT(original.getHeader(), original.getJWTClaimsSet());
		copy.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		return copy.serialize();
	}

	RestTestClient holding(String token) {
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	static RestTestClient.BodyContentSpec expectProblem(RestTestClient.RequestBodySpec request, String body,
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

	static RestTestClient.BodyContentSpec expectProblem(RestTestClient.RequestHeadersSpec<?> request, Object body,
			int status) {
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

}
