package dev.entitygroups.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before any servlet runs, sent over {@code java.net.http} so
 * that the path reaches the server exactly as written.
 */
class ContainerErrorIntegrationTests extends IntegrationTestSupport {

	private static final String MALFORMED = "The request is malformed: "
			+ "check the encoding of its URI and the size of its headers.";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an encoded slash | /entity/a%2Fb
			an encoded NUL   | /entity/%00
			""")
	void answersMalformedPathWithProblem(String reason, String path) throws Exception {
		HttpResponse<String> response = send(request(path));

		assertBadRequestProblem(response);
	}

	@Test
	void answersQueryStringOverHeaderLimitWithProblem() throws Exception {
		HttpResponse<String> response = send(request("/entityGroups?q=" + "x".repeat(8100)));

		assertBadRequestProblem(response);
	}

	@Test
	void answersHeaderOverHeaderLimitWithProblem() throws Exception {
		HttpResponse<String> response = send(request("/entityGroups").header("X-Padding", "x".repeat(10 * 1024)));

		assertBadRequestProblem(response);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY)
			.GET();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static void assertBadRequestProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		Map<String, Object> body = JsonMapper.shared().readValue(response.body(), Map.class);
		assertThat(body).containsExactly(Map.entry("type", "about:blank"), Map.entry("title", "Bad Request"),
				Map.entry("status", 400), Map.entry("detail", MALFORMED), Map.entry("errorName", "BadRequest"),
				Map.entry("content", MALFORMED));
		assertThat(response.body()).doesNotContainIgnoringCase("tomcat")
			.doesNotContain("<")
			.doesNotContain("Exception");
	}

}
