package dev.entitygroups.docs;

import java.util.List;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends IntegrationTestSupport {

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
		JsonNode apiDocs = this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

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

}
