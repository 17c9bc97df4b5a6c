package dev.entitygroups.token;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

class TokenRevocationIntegrationTests extends TokenTestSupport {

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
	void acceptsTokenMintedRightAfterARevocation() {
		String before = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");
		this.api.post().uri("/entityGroup/" + this.groupId + "/user/alice/revokeTokens").exchange();

		String after = mint("/entityGroup/" + this.groupId + "/user/alice/token", "{}");

		expectProblem(holding(before).get().uri("/session"), null, 401);
		holding(after).get().uri("/session").exchange().expectStatus().isOk();
	}

	@Test
	void keepsTokensOfDeletedUserDeadWhenAnotherUserTakesItsForeignId() {
		post("/entityGroup/" + this.groupId + "/user", "{\"foreignId\": \"dave\"}");
		String dave = mint("/entityGroup/" + this.groupId + "/user/dave/token", "{}");
		String carol = mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}");
		this.api.delete().uri("/entityGroup/" + this.groupId + "/user/dave").exchange().expectStatus().isNoContent();

		post("/entity/" + this.firstEntity + "/user/" + userId(this.firstEntity, "carol"), "{\"foreignId\": \"dave\"}");

		expectProblem(holding(dave).get().uri("/session"), null, 401);
		expectProblem(holding(carol).get().uri("/session"), null, 401);
	}

	@Test
	void keepsTokensOfUserWhoMovesBetweenTheGroupsEntities() {
		String token = mint("/entityGroup/" + this.groupId + "/user/carol/token", "{}");
		post("/entity/" + this.secondEntity + "/user", "{\"foreignId\": \"carol\"}");

		this.api.delete()
			.uri("/entity/" + this.firstEntity + "/user/" + userId(this.firstEntity, "carol"))
			.exchange()
			.expectStatus()
			.isNoContent();

		holding(token).get().uri("/session").exchange().expectStatus().isOk();
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
		String before = mint("/entityGroup/" + this.groupId + "/token", "{}");
		holding(before).get().uri("/session").exchange().expectStatus().isOk();

		this.api.post().uri("/organization/invalidateTokens").exchange().expectStatus().isNoContent();

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

}
