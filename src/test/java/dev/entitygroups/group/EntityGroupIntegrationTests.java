package dev.entitygroups.group;

import java.util.List;
import java.util.Map;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;

class EntityGroupIntegrationTests extends IntegrationTestSupport {

	@Test
	void createsGroupWithEntitiesInTheOrderNamed() {
		String first = createEntity(unique("a"));
		String secondForeignId = unique("b");
		String second = createEntity(secondForeignId);
		String foreignId = unique("grp");

		Map<String, Object> group = post("/entityGroup", """
				{"foreignId": "%s", "name": "Acme Holdings", "emailToName": "%s", "metadata": {"k": "v"},
				 "entityIds": ["%s", "%s"]}""".formatted(foreignId, foreignId, second, first)
			.replace(second, secondForeignId));

		assertThat((String) group.get("id")).matches("entg_[0-9a-f-]{36}");
		assertThat(group).containsEntry("foreignId", foreignId)
			.containsEntry("name", "Acme Holdings")
			.containsEntry("emailToName", foreignId)
			.containsEntry("metadata", Map.of("k", "v"));
		assertThat(entityIds(group)).containsExactly(second, first);
	}

	@Test
	void answersEmptyMetadataAndNoEntitiesForBareGroup() {
		Map<String, Object> group = post("/entityGroup", "{}");

		assertThat(group).containsEntry("metadata", Map.of()).containsEntry("entities", List.of());
		assertThat(group).doesNotContainKeys("foreignId", "name", "emailToName");
	}

	@Test
	void getsGroupByIdAndByForeignId() {
		String foreignId = unique("grp");
		String id = (String) post("/entityGroup", "{\"foreignId\": \"" + foreignId + "\"}").get("id");

		assertThat(get("/entityGroup/" + id)).containsEntry("foreignId", foreignId);
		assertThat(get("/entityGroup/" + foreignId)).containsEntry("id", id);
	}

	@Test
	void returnsOnlyTheEntityMetadataAskedFor() {
		String entity = createEntity(unique("meta"));
		String group = createGroup(entity);

		Map<String, Object> none = get("/entityGroup/" + group);
		Map<String, Object> region = get("/entityGroup/" + group + "?returnEntityMetadata=region");
		Map<String, Object> both = get(
				"/entityGroup/" + group + "?returnEntityMetadata=region&returnEntityMetadata=tier");

		assertThat(entities(none).get(0)).containsEntry("metadata", Map.of());
		assertThat(entities(region).get(0)).containsEntry("metadata", Map.of("region", "west"));
		assertThat(entities(both).get(0)).containsEntry("metadata", Map.of("region", "west", "tier", "gold"));
	}

	@Test
	void updatesOnlyTheGivenMembers() {
		String foreignId = unique("grp");
		String id = (String) post("/entityGroup", """
				{"foreignId": "%s", "name": "Old", "metadata": {"a": "1"}}""".formatted(foreignId)).get("id");

		Map<String, Object> updated = post("/entityGroup/" + foreignId, "{\"name\": \"New\"}");

		assertThat(updated).containsEntry("id", id)
			.containsEntry("name", "New")
			.containsEntry("foreignId", foreignId)
			.containsEntry("metadata", Map.of("a", "1"));
	}

	@Test
	void answersConflictForTakenEmailToNameOrForeignId() {
		String name = unique("inbox");
		String foreignId = unique("grp");
		post("/entityGroup", "{\"emailToName\": \"" + name + "\", \"foreignId\": \"" + foreignId + "\"}");
		String other = (String) post("/entityGroup", "{}").get("id");

		expectStatus("/entityGroup", "{\"emailToName\": \"" + name + "\"}", 409).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("emailToName"));
		expectStatus("/entityGroup/" + other, "{\"foreignId\": \"" + foreignId + "\"}", 409).jsonPath("$.errorName")
			.isEqualTo("Conflict");
	}

	@Test
	void rejectsMalformedEmailToName() {
		expectStatus("/entityGroup", "{\"emailToName\": \"no spaces allowed\"}", 400).jsonPath("$.errors[0].field")
			.isEqualTo("emailToName");
	}

	@Test
	void addsEntitiesOnceInTheOrderAdded() {
		String first = createEntity(unique("a"));
		String second = createEntity(unique("b"));
		String third = createEntity(unique("c"));
		String group = createGroup(first);

		post("/entityGroup/" + group + "/addEntities", entityIdsBody(third, first, second));
		Map<String, Object> result = post("/entityGroup/" + group + "/addEntities", entityIdsBody(third));

		assertThat(entityIds(result)).containsExactly(first, third, second);
	}

	@Test
	void changesNothingWhenAnAddedEntityIsUnknown() {
		String member = createEntity(unique("a"));
		String outsider = createEntity(unique("b"));
		String group = createGroup(member);

		expectStatus("/entityGroup/" + group + "/addEntities", entityIdsBody(outsider, "no-such-entity"), 404)
			.jsonPath("$.detail")
			.isEqualTo("Entity 'no-such-entity' not found.");

		assertThat(entityIds(get("/entityGroup/" + group))).containsExactly(member);
	}

	@Test
	void createsNoGroupWhenAnInitialEntityIsUnknown() {
		String foreignId = unique("grp");

		expectStatus("/entityGroup", """
				{"foreignId": "%s", "entityIds": ["missing-%s"]}""".formatted(foreignId, foreignId), 404);

		this.api.get().uri("/entityGroup/" + foreignId).exchange().expectStatus().isNotFound();
	}

	@Test
	void removesEntitiesAndIgnoresNonMembers() {
		String first = createEntity(unique("a"));
		String second = createEntity(unique("b"));
		String outsider = createEntity(unique("c"));
		String group = createGroup(first, second);

		Map<String, Object> result = post("/entityGroup/" + group + "/removeEntities", entityIdsBody(first, outsider));

		assertThat(entityIds(result)).containsExactly(second);
	}

	@Test
	void rejectsEmptyEntityIds() {
		String group = createGroup();

		expectStatus("/entityGroup/" + group + "/removeEntities", "{\"entityIds\": []}", 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("entityIds");
	}

	@Test
	void deletesGroupButKeepsItsEntities() {
		String entity = createEntity(unique("keep"));
		String group = createGroup(entity);

		this.api.delete().uri("/entityGroup/" + group).exchange().expectStatus().isNoContent();

		this.api.get().uri("/entityGroup/" + group).exchange().expectStatus().isNotFound();
		this.api.get().uri("/entity/" + entity).exchange().expectStatus().isOk();
	}

	@Test
	void dropsDeletedEntityFromItsGroups() {
		String kept = createEntity(unique("a"));
		String deleted = createEntity(unique("b"));
		String group = createGroup(kept, deleted);

		this.api.delete().uri("/entity/" + deleted).exchange().expectStatus().isNoContent();

		assertThat(entityIds(get("/entityGroup/" + group))).containsExactly(kept);
	}

	@Test
	void listsGroupsMatchingSearchPageByPage() {
		String tag = unique("qwz");
		String first = (String) post("/entityGroup", "{\"name\": \"North " + tag + "\"}").get("id");
		String second = (String) post("/entityGroup", "{\"name\": \"South " + tag.toUpperCase() + "\"}").get("id");
		String third = (String) post("/entityGroup", "{\"name\": \"" + tag + " East\"}").get("id");

		Map<String, Object> page1 = get("/entityGroups?search=" + tag + "&limit=2");
		Map<String, Object> page2 = get("/entityGroups?search=" + tag + "&limit=2&startingAfter=" + second);

		assertThat(page1).containsEntry("count", 2 + 1).containsEntry("hasMore", true);
		assertThat(ids(page1)).containsExactly(first, second);
		assertThat(page2).containsEntry("hasMore", false);
		assertThat(ids(page2)).containsExactly(third);
	}

	@Test
	void answersNotFoundForUnknownGroup() {
		this.api.get()
			.uri("/entityGroup/entg_00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("NotFound")
			.jsonPath("$.detail")
			.isEqualTo("Entity group 'entg_00000000-0000-0000-0000-000000000000' not found.");
	}

	private String createGroup(String... entityIds) {
		return (String) post("/entityGroup", entityIdsBody(entityIds)).get("id");
	}

	private BodyContentSpec expectStatus(String uri, String body, int status) {
		return this.api.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
	}

	private static String entityIdsBody(String... entityIds) {
		return "{\"entityIds\": ["
				+ String.join(", ", List.of(entityIds).stream().map((id) -> "\"" + id + "\"").toList()) + "]}";
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entities(Map<String, Object> group) {
		return (List<Map<String, Object>>) group.get("entities");
	}

	private static List<String> entityIds(Map<String, Object> group) {
		return entities(group).stream().map((entity) -> (String) entity.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("data")).stream().map((item) -> (String) item.get("id")).toList();
	}

}
