package dev.entitygroups.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class TokenScopeIntegrationTests extends TokenTestSupport {

	@Test
	void letsGroupTokenReadItsGroupEntitiesAndUsers() {
		RestTestClient holder = holding(mint("/entityGroup/" + this.groupId + "/token", "{}"));

		for (String uri : List.of("/entityGroup/" + this.groupId, "/entityGroup/" + this.groupForeignId,
				"/entityGroup/" + this.groupId + "/users", "/entityGroup/" + this.groupId + "/user/carol",
				"/entity/" + this.firstEntity, "/entity/" + this.secondEntity + "/users")) {
			holder.get().uri(uri).exchange().expectStatus().isOk();
			holder.head().uri(uri).exchange().expectStatus().isOk();
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

}
