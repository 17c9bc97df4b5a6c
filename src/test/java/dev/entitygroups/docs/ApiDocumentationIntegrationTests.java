package dev.entitygroups.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends IntegrationTestSupport {

	private static final List<String> TAGS = List.of("Entities", "Entity users", "Entity groups", "Group users",
			"Tokens", "Session");

	private static final Pattern CURL_BODY = Pattern.compile("-d '(.*?)'", Pattern.DOTALL);

	private static final String JSON_CONTENT = "/content/application~1json";

	@Test
	void describesTheApiWithoutCredentials() {
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Entity Group API")
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.security[0].bearer")
			.exists()
			.jsonPath("$.paths['/entity/{entityId}'].get")
			.exists()
			.jsonPath("$.paths['/error']")
			.doesNotExist();
	}

	@Test
	void documentsProblemResponsesOnEveryOperation() {
		JsonNode apiDocs = apiDocs();

		assertThat(apiDocs.at("/components/schemas/Problem/properties/errorName/enum").toString())
			.contains("\"BadRequest\"", "\"Unauthorized\"", "\"Forbidden\"", "\"NotFound\"", "\"Conflict\"");
		List<JsonNode> operations = apiDocs.get("paths").valueStream().flatMap(JsonNode::valueStream).toList();
		assertThat(operations).isNotEmpty().allSatisfy((operation) -> {
			for (String status : List.of("400", "401", "403", "404", "409")) {
				assertThat(operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
					.asString()).isEqualTo("#/components/schemas/Problem");
			}
		});
	}

	@Test
	void servesSwaggerUiWithoutCredentials() {
		this.anonymous.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
	}

	@Test
	void describesExactlyTheOperationsTheServiceHas() {
		Map<String, JsonNode> operations = operations(apiDocs());

		assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(OperationDescriptions.OPERATIONS.keySet());
	}

	@Test
	void filesEveryOperationUnderOneTagWithASummary() {
		JsonNode apiDocs = apiDocs();

		assertThat(apiDocs.get("tags").valueStream().map((tag) -> tag.get("name").asString()))
			.containsExactlyElementsOf(TAGS);
		assertThat(operations(apiDocs)).isNotEmpty().allSatisfy((operation, description) -> {
			assertThat(description.get("tags").valueStream().map(JsonNode::asString)).as("tags of %s", operation)
				.singleElement()
				.isIn(TAGS);
			assertThat(description.path("summary").asString("")).as("summary of %s", operation).isNotBlank();
		});
	}

	@Test
	void givesEveryJsonRequestBodyAnExampleFromTheReadme() throws IOException {
		List<JsonNode> readmeBodies = readmeRequestBodies();

		Map<String, JsonNode> requestBodies = new TreeMap<>(operations(apiDocs()));
		requestBodies.replaceAll((operation, description) -> description.at("/requestBody" + JSON_CONTENT));
		requestBodies.values().removeIf(JsonNode::isMissingNode);

		assertThat(requestBodies).isNotEmpty().allSatisfy((operation, body) -> {
			assertThat(body.path("example").isObject()).as("request example of %s", operation).isTrue();
			assertThat(readmeBodies).as("README bodies holding the example of %s", operation)
				.contains(body.get("example"));
		});
	}

	@Test
	void describesTheTokensAsJsonStrings() {
		Map<String, JsonNode> operations = operations(apiDocs());

		assertThat(List.of("POST /entityGroup/{entityGroupId}/token",
				"POST /entityGroup/{entityGroupId}/user/{foreignId}/token"))
			.allSatisfy((operation) -> {
				JsonNode ok = operations.get(operation).at("/responses/200" + JSON_CONTENT);
				assertThat(ok.at("/schema/type").asString("")).as("200 schema of %s", operation).isEqualTo("string");
				assertThat(ok.path("example").isString()).as("200 example of %s", operation).isTrue();
				assertThat(ok.path("example").asString()).startsWith("eyJ");
			});
	}

	@Test
	void givesTheSessionAResponseExample() {
		JsonNode ok = operations(apiDocs()).get("GET /session").at("/responses/200" + JSON_CONTENT);

		assertThat(ok.at("/schema/$ref").asString("")).isEqualTo("#/components/schemas/SessionResponse");
		assertThat(ok.at("/example/type").asString("")).isEqualTo("entityGroupUser");
		assertThat(ok.at("/example/user/foreignId").asString("")).isEqualTo("MY-DB-ID-12345");
	}

	private JsonNode apiDocs() {
		return this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Returns the operations of a description keyed by method and path, as in
	 * {@code "POST /entity"}.
	 */
	private static Map<String, JsonNode> operations(JsonNode apiDocs) {
		Map<String, JsonNode> operations = new TreeMap<>();
		apiDocs.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			String key = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
			operations.put(key, method.getValue());
		}));
		return operations;
	}

	private static List<JsonNode> readmeRequestBodies() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		JsonMapper jsonMapper = JsonMapper.builder().build();
		return CURL_BODY.matcher(readme).results().map((body) -> jsonMapper.readTree(body.group(1))).toList();
	}

}
