package dev.entitygroups.docs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the {@code Problem} schema and the problem+json error responses every operation
 * can answer.
 */
class ProblemResponses implements OpenApiCustomizer {

	static final String SCHEMA_NAME = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> ERRORS = Map.of("400",
			"BadRequest: a malformed body, an unknown field or a broken validation rule", "401",
			"Unauthorized: no credential, or one that is not a valid API key or token", "403",
			"Forbidden: a token outside its scope", "404", "NotFound: a resource named in the request does not exist",
			"409", "Conflict: a value that must be unique is already taken");

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.components(new Components());
		}
		openApi.getComponents().addSchemas(SCHEMA_NAME, problemSchema());
		if (openApi.getPaths() == null) {
			return;
		}

		openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations().forEach(ProblemResponses::addErrorResponses));
	}

	private static void addErrorResponses(Operation operation) {
		ERRORS.keySet().stream().sorted().forEach((status) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, errorResponse(ERRORS.get(status)));
			}
		});
	}

	private static ApiResponse errorResponse(String description) {
		Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + SCHEMA_NAME);
		MediaType problemJson = new MediaType().schema(reference);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, problemJson));
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		StringSchema errorName = new StringSchema();
		List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "InternalServerError",
				"Unimplemented")
			.forEach(errorName::addEnumItem);
		return new ObjectSchema().description("An RFC 9457 problem with the members the Mercoa SDK reads.")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Not Found"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema().example("Entity group 'acme' not found."))
			.addProperty("instance", new StringSchema().example("/entityGroup/acme"))
			.addProperty("errorName", errorName)
			.addProperty("content", new StringSchema().description("The detail again, for the SDK."))
			.addProperty("errors", new ArraySchema().items(fieldError).description("The broken validation rules."))
			.required(List.of("type", "title", "status", "detail", "errorName", "content"));
	}

}
