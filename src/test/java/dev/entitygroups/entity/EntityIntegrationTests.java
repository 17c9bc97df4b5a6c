package dev.entitygroups.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.entitygroups.support.Fixtures;
import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class EntityIntegrationTests extends IntegrationTestSupport {

	@Test
	void createsBusinessEntity() {
		String foreignId = unique("acme");

		this.api.post()
			.uri("/entity")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Fixtures.business(foreignId, "Acme Corp"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.value((String id) -> assertThat(id).matches("ent_[0-9a-f-]{36}"))
			.jsonPath("$.foreignId")
			.isEqualTo(foreignId)
			.jsonPath("$.name")
			.isEqualTo("Acme Corp")
			.jsonPath("$.email")
			.isEqualTo("billing@" + foreignId + ".example")
			.jsonPath("$.accountType")
			.isEqualTo("business")
			.jsonPath("$.isCustomer")
			.isEqualTo(true)
			.jsonPath("$.isPayor")
			.isEqualTo(true)
			.jsonPath("$.isPayee")
			.isEqualTo(false)
			.jsonPath("$.isNetworkPayor")
			.isEqualTo(false)
			.jsonPath("$.status")
			.isEqualTo("unverified")
			.jsonPath("$.acceptedTos")
			.isEqualTo(false)
			.jsonPath("$.profile.business.legalBusinessName")
			.isEqualTo("Acme Corp")
			.jsonPath("$.profile.business.taxIDProvided")
			.isEqualTo(false)
			.jsonPath("$.profile.business.address.city")
			.isEqualTo("Springfield")
			.jsonPath("$.metadata.region")
			.isEqualTo("west")
			.jsonPath("$.createdAt")
			.exists();
	}

	@Test
	void namesIndividualByFullNameWithEmptyEmail() {
		Map<String, Object> entity = post("/entity", Fixtures.individual(unique("jane"), "Jane", "Doe"));

		assertThat(entity).containsEntry("name", "Jane Doe")
			.containsEntry("email", "")
			.containsEntry("metadata", Map.of());
		assertThat(entity.get("profile")).asString().contains("birthDateProvided=false", "governmentIDProvided=false");
	}

	@Test
	void findsEntityByIdAndByForeignId() {
		String foreignId = unique("find");
		String id = createEntity(foreignId);

		assertThat(get("/entity/" + id)).containsEntry("foreignId", foreignId);
		assertThat(get("/entity/" + foreignId)).containsEntry("id", id);
	}

	@Test
	void updatesOnlyTheGivenMembers() {
		String foreignId = unique("upd");
		String id = createEntity(foreignId);

		Map<String, Object> updated = post("/entity/" + id, """
				{"isPayee": true, "metadata": {"tier": "silver"}}""");

		assertThat(updated).containsEntry("isPayee", true)
			.containsEntry("isPayor", true)
			.containsEntry("foreignId", foreignId)
			.containsEntry("metadata", Map.of("tier", "silver"));
		assertThat((String) updated.get("updatedAt")).isGreaterThanOrEqualTo((String) updated.get("createdAt"));
	}

	@Test
	void deletesEntity() {
		String id = createEntity(unique("del"));

		this.api.delete().uri("/entity/" + id).exchange().expectStatus().isNoContent();

		this.api.get().uri("/entity/" + id).exchange().expectStatus().isNotFound();
	}

	@Test
	void answersNotFoundProblemForUnknownEntity() {
		this.api.get()
			.uri("/entity/nobody-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("about:blank")
			.jsonPath("$.title")
			.isEqualTo("Not Found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isEqualTo("Entity 'nobody-here' not found.")
			.jsonPath("$.instance")
			.isEqualTo("/entity/nobody-here")
			.jsonPath("$.errorName")
			.isEqualTo("NotFound")
			.jsonPath("$.content")
			.isEqualTo("Entity 'nobody-here' not found.");
	}

	@Test
	void rejectsProfileThatDoesNotMatchAccountType() {
		String body = Fixtures.individual(unique("mismatch"), "A", "B").replace("\"individual\",", "\"business\",");

		expectBadRequest(body, "profile");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					missing isCustomer  | "isCustomer": true,         |                          | isCustomer
					unknown field       | "isPayee": false            | "isPayee": false, "x": 1 | x
					bad enum value      | "accountType": "business"   | "accountType": "company" | accountType
					wrong type          | "isPayor": true             | "isPayor": "yes"         | isPayor
					number for a string | "foreignId": "              | "foreignId": 42, "x": "  | foreignId
					blank legal name    | "legalBusinessName": "Name" | "legalBusinessName": " " | profile.business.legalBusinessName
					bad email           | "email": "billing@          | "email": "not-an-email@@ | profile.business.email
									""")
	void rejectsInvalidEntityNamingTheField(String rule, String find, String replace, String field) {
		String body = Fixtures.business(unique("bad"), "Name")
			.replace(find, (replace != null) ? replace : "")
			.replace("\"isCustomer\": true,\n", "");

		expectBadRequest(body, field);
	}

	@Test
	void rejectsOverlongForeignId() {
		expectBadRequest(Fixtures.business("x".repeat(256), "Name"), "foreignId");
	}

	@Test
	void rejectsMalformedJson() {
		this.api.post()
			.uri("/entity")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"foreignId\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("BadRequest")
			.jsonPath("$.detail")
			.isEqualTo("The request body is not valid JSON.");
	}

	@Test
	void answersConflictForDuplicateForeignId() {
		String foreignId = unique("dup");
		createEntity(foreignId);

		this.api.post()
			.uri("/entity")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Fixtures.business(foreignId, "Again"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("Conflict")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("foreignId", foreignId));
	}

	@Test
	void answersConflictToRacingCreatesOfOneForeignId() throws Exception {
		String body = Fixtures.business(unique("race"), "Race");
		List<Callable<Integer>> creates = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			creates.add(() -> this.api.post()
				.uri("/entity")
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.returnResult()
				.getStatus()
				.value());
		}

		List<Integer> statuses = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(10);
		try {
			for (Future<Integer> status : executor.invokeAll(creates)) {
				statuses.add(status.get());
			}
		}
		finally {
			executor.shutdown();
		}

		assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
	}

	@Test
	void listsMatchingEntitiesPageByPage() {
		String tag = unique("zyx");
		String first = (String) post("/entity", Fixtures.business(unique("p1"), "Alpha " + tag)).get("id");
		String second = (String) post("/entity", Fixtures.business(unique("p2"), "Beta " + tag.toUpperCase()))
			.get("id");
		String third = (String) post("/entity", Fixtures.individual(unique("p3"), "Gamma", tag)).get("id");

		Map<String, Object> page1 = get("/entity?search=" + tag + "&limit=2");
		Map<String, Object> page2 = get("/entity?search=" + tag + "&limit=2&startingAfter=" + second);

		assertThat(page1).containsEntry("count", 3).containsEntry("hasMore", true);
		assertThat(ids(page1)).containsExactly(first, second);
		assertThat(page2).containsEntry("count", 3).containsEntry("hasMore", false);
		assertThat(ids(page2)).containsExactly(third);
	}

	@Test
	void filtersEntitiesByForeignIdsAndFlags() {
		String payor = unique("payor");
		String payee = unique("payee");
		createEntity(payor);
		post("/entity", Fixtures.individual(payee, "Pat", "Payee"));

		Map<String, Object> both = get("/entity?foreignId=" + payor + "&foreignId=" + payee);
		Map<String, Object> payees = get("/entity?foreignId=" + payor + "&foreignId=" + payee + "&isPayee=true");
		Map<String, Object> customers = get("/entity?foreignId=" + payor + "&foreignId=" + payee + "&isCustomer=true");

		assertThat(both).containsEntry("count", 2);
		assertThat(payees).containsEntry("count", 1);
		assertThat(customers).containsEntry("count", 1);
	}

	@Test
	void searchesEmailAndTreatsWildcardsLiterally() {
		String foreignId = unique("mail");
		createEntity(foreignId);

		assertThat(get("/entity?search=billing@" + foreignId.toUpperCase())).containsEntry("count", 1);
		assertThat(get("/entity?search=" + foreignId.substring(0, 4) + "%25" + foreignId.substring(5)))
			.containsEntry("count", 0);
	}

	@ParameterizedTest
	@CsvSource({ "0, limit", "101, limit", "abc, limit" })
	void rejectsLimitOutOfRange(String limit, String field) {
		this.api.get()
			.uri("/entity?limit=" + limit)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errorName")
			.isEqualTo("BadRequest");
	}

	@Test
	void rejectsUnknownStartingAfter() {
		this.api.get()
			.uri("/entity?startingAfter=nothing-" + unique("x"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startingAfter");
	}

	private void expectBadRequest(String body, String field) {
		this.api.post()
			.uri("/entity")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("BadRequest")
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).contains(field))
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(field));
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("data")).stream().map((item) -> (String) item.get("id")).toList();
	}

}
