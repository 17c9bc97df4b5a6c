package dev.entitygroups.docs;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Files every operation under a tag and gives it a summary and, where the README shows
 * one, its request and response examples.
 */
class OperationDescriptions implements OpenApiCustomizer {

	static final List<Tag> TAGS = List.of(tag("Entities", "The businesses and people on the platform."),
			tag("Entity users", "The people inside one entity, with their roles."),
			tag("Entity groups", "Sets of entities, such as the companies of a conglomerate."),
			tag("Group users", "The entity users sharing one foreignId across the entities of a group."),
			tag("Tokens", "Short-lived tokens for embedded pages, and their revocation."),
			tag("Session", "What the caller's token stands for."));

	static final Map<String, Description> OPERATIONS = Map.ofEntries(
			entry("POST /entity", "Entities", "Create an entity", ReadmeExamples.CREATE_ENTITY),
			entry("GET /entity", "Entities", "Find entities by foreign id, name, email or role", null),
			entry("GET /entity/{entityId}", "Entities", "Get an entity by id or foreign id", null),
			entry("POST /entity/{entityId}", "Entities", "Update the members of an entity that are sent",
					ReadmeExamples.UPDATE_ENTITY),
			entry("DELETE /entity/{entityId}", "Entities", "Delete an entity and remove it from its groups", null),
			entry("GET /entity/{entityId}/users", "Entity users", "List the users of an entity", null),
			entry("POST /entity/{entityId}/user", "Entity users", "Create a user in an entity",
					ReadmeExamples.CREATE_ENTITY_USER),
			entry("GET /entity/{entityId}/user/{userId}", "Entity users", "Get an entity user", null),
			entry("POST /entity/{entityId}/user/{userId}", "Entity users", "Update an entity user",
					ReadmeExamples.UPDATE_ENTITY_USER),
			entry("DELETE /entity/{entityId}/user/{userId}", "Entity users", "Delete an entity user", null),
			entry("GET /entityGroups", "Entity groups", "List entity groups", null),
			entry("POST /entityGroup", "Entity groups", "Create an entity group", ReadmeExamples.CREATE_GROUP),
			entry("GET /entityGroup/{entityGroupId}", "Entity groups", "Get an entity group with its entities", null),
			entry("POST /entityGroup/{entityGroupId}", "Entity groups", "Update an entity group",
					ReadmeExamples.UPDATE_GROUP),
			entry("DELETE /entityGroup/{entityGroupId}", "Entity groups",
					"Delete an entity group, keeping its entities", null),
			entry("POST /entityGroup/{entityGroupId}/addEntities", "Entity groups",
					"Add entities to a group, optionally copying users onto them", ReadmeExamples.ADD_ENTITIES),
			entry("POST /entityGroup/{entityGroupId}/removeEntities", "Entity groups", "Remove entities from a group",
					ReadmeExamples.REMOVE_ENTITIES),
			entry("GET /entityGroup/{entityGroupId}/users", "Group users", "List the users of a group", null),
			entry("POST /entityGroup/{entityGroupId}/user", "Group users", "Create or update a group user",
					ReadmeExamples.SAVE_GROUP_USER),
			entry("GET /entityGroup/{entityGroupId}/user/{foreignId}", "Group users", "Get a group user", null),
			entry("POST /entityGroup/{entityGroupId}/user/{foreignId}", "Group users", "Update a group user",
					ReadmeExamples.UPDATE_GROUP_USER),
			entry("DELETE /entityGroup/{entityGroupId}/user/{foreignId}", "Group users",
					"Delete a group user from every entity of the group", null),
			entry("POST /entityGroup/{entityGroupId}/sync-users", "Group users",
					"Make the group's entities hold the users of one of them", ReadmeExamples.SYNC_USERS),
			entry("POST /entityGroup/{entityGroupId}/token", "Tokens", "Mint a group token",
					ReadmeExamples.GROUP_TOKEN_OPTIONS, ReadmeExamples.TOKEN),
			entry("POST /entityGroup/{entityGroupId}/user/{foreignId}/token", "Tokens", "Mint a group user token",
					ReadmeExamples.USER_TOKEN_OPTIONS, ReadmeExamples.TOKEN),
			entry("POST /entityGroup/{entityGroupId}/user/{foreignId}/revokeTokens", "Tokens",
					"Revoke every token issued to a group user so far", null),
			entry("POST /organization/invalidateTokens", "Tokens",
					"Invalidate the tokens of some sessions, or every token issued so far",
					ReadmeExamples.INVALIDATE_TOKENS),
			entry("GET /session", "Session", "Describe what the caller's token stands for", null,
					ReadmeExamples.SESSION));

	private static final String JSON = "application/json";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.setTags(TAGS);
		if (openApi.getPaths() == null) {
			return;
		}

		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			Description description = OPERATIONS.get(method + " " + path);
			if (description != null) {
				describe(operation, description);
			}
		}));
	}

	private static void describe(Operation operation, Description description) {
		operation.setTags(List.of(description.tag()));
		operation.setSummary(description.summary());
		if (description.requestExample() != null && operation.getRequestBody() != null) {
			json(operation.getRequestBody().getContent()).example(parse(description.requestExample()));
		}
		if (description.responseExample() != null) {
			ApiResponse ok = operation.getResponses().computeIfAbsent("200", (status) -> new ApiResponse());
			if (ok.getContent() == null) {
				ok.setContent(new Content());
			}
			JsonNode example = parse(description.responseExample());
			MediaType json = json(ok.getContent()).example(example);
			// Only the token endpoints answer a bare JSON string.
			if (example.isTextual()) {
				json.schema(new StringSchema().description("The compact JWT, as a JSON string."));
			}
		}
	}

	private static MediaType json(Content content) {
		return content.computeIfAbsent(JSON, (type) -> new MediaType());
	}

	/**
	 * Reads an example with the mapper that writes the description, as a tree, so that
	 * its members keep the README's order.
	 */
	private static JsonNode parse(String json) {
		try {
			return Json.mapper().readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A README example is not valid JSON: " + json, ex);
		}
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	private static Map.Entry<String, Description> entry(String operation, String tag, String summary,
			String requestExample) {
		return entry(operation, tag, summary, requestExample, null);
	}

	private static Map.Entry<String, Description> entry(String operation, String tag, String summary,
			String requestExample, String responseExample) {
		return Map.entry(operation, new Description(tag, summary, requestExample, responseExample));
	}

	/**
	 * How one operation reads in the description.
	 *
	 * @param tag the name of one of {@link #TAGS}
	 * @param summary one short sentence
	 * @param requestExample the JSON of a request body, or {@code null}
	 * @param responseExample the JSON of a 200 answer, or {@code null}
	 */
	record Description(String tag, String summary, String requestExample, String responseExample) {
	}

}
