package dev.entitygroups.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingIntegrationTests extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Test
	void answersUnauthorizedWithoutCredential() {
		expectProblem(this.anonymous.get().uri("/entityGroups").exchange(), 401, "Unauthorized").jsonPath("$.detail")
			.isEqualTo("Authentication is required: send 'Authorization: Bearer <API key or token>'.");
	}

	@Test
	void answersUnauthorizedForUnknownKey() {
		expectProblem(this.anonymous.get()
			.uri("/entityGroups")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-key")
			.exchange(), 401, "Unauthorized").jsonPath("$.detail")
			.isEqualTo("The bearer credential is not a valid API key or token.");
	}

	@Test
	void answersUnauthorizedForAnotherScheme() {
		expectProblem(this.anonymous.get()
			.uri("/entityGroups")
			.header(HttpHeaders.AUTHORIZATION, "Basic " + API_KEY)
			.exchange(), 401, "Unauthorized");
	}

	@Test
	void acceptsTheSchemeNameInAnyCase() {
		this.anonymous.get()
			.uri("/entityGroups")
			.header(HttpHeaders.AUTHORIZATION, "bearer " + API_KEY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void answersNotFoundForUnknownRoute() {
		expectProblem(this.api.get().uri("/no/such/route").exchange(), 404, "NotFound").jsonPath("$.instance")
			.isEqualTo("/no/such/route")
			.jsonPath("$.detail")
			.isEqualTo("No endpoint GET /no/such/route.");
	}

	@Test
	void answersMethodNotAllowedAsBadRequest() {
		expectProblem(this.api.put().uri("/entity").contentType(MediaType.APPLICATION_JSON).body("{}").exchange(), 405,
				"BadRequest")
			.jsonPath("$.detail")
			.isEqualTo("Method PUT is not allowed on /entity; use GET or POST.");
	}

	@Test
	void answersUnsupportedMediaTypeAsBadRequest() {
		expectProblem(this.api.post().uri("/entity").contentType(MediaType.TEXT_PLAIN).body("hello").exchange(), 415,
				"BadRequest")
			.jsonPath("$.detail")
			.isEqualTo("Content type 'text/plain;charset=UTF-8' is not supported; send application/json.");
	}

	@Test
	void refusesBodyOverOneMebibyte() {
		String body = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}";

		expectProblem(this.api.post().uri("/entityGroup").contentType(MediaType.APPLICATION_JSON).body(body).exchange(),
				413, "BadRequest")
			.jsonPath("$.detail")
			.isEqualTo("The request body exceeds the limit of 1048576 bytes.");
	}

	@Test
	void refusesChunkedBodyThatGrowsOverOneMebibyte() throws Exception {
		byte[] body = ("{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/entityGroup"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"errorName\":\"BadRequest\"");
	}

	@Test
	void answersMissingBodyAsBadRequest() {
		expectProblem(this.api.post().uri("/entityGroup").contentType(MediaType.APPLICATION_JSON).exchange(), 400,
				"BadRequest")
			.jsonPath("$.detail")
			.isEqualTo("The request body is missing.");
	}

	@Test
	void refusesMemberNamedTwice() {
		expectProblem(this.api.post()
			.uri("/entityGroup")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"a\", \"name\": \"b\"}")
			.exchange(), 400, "BadRequest");
	}

	@Test
	void refusesNulCharacterInStoredTextAsBadRequest() {
		expectProblem(this.api.post()
			.uri("/entityGroup")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"a\\u0000b\"}")
			.exchange(), 400, "BadRequest").jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("cannot be stored"));
	}

	@Test
	void answersHealthProbeDespiteABadCredential() {
		this.anonymous.get()
			.uri("/actuator/health/liveness")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-key")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static BodyContentSpec expectProblem(ResponseSpec response, int status, String errorName) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.errorName")
			.isEqualTo(errorName)
			.jsonPath("$.content")
			.value((String content) -> assertThat(content).isNotBlank())
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).isNotBlank())
			.jsonPath("$.trace")
			.doesNotExist();
	}

}
