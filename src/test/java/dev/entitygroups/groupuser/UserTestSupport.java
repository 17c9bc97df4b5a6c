package dev.entitygroups.groupuser;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.entitygroups.support.IntegrationTestSupport;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the user tests: helpers that create entities, groups and users over HTTP
 * and read their answers.
 */
abstract class UserTestSupport extends IntegrationTestSupport {

	/**
	 * Creates a group holding the given entities.
	 * @param entityIds the entities
	 * @return its {@code entg_} id
	 */
	String createGroup(String... entityIds) {
		String body = "{\"foreignId\": \"%s\", \"entityIds\": %s}".formatted(unique("group"), jsonList(entityIds));
		return read(postForBody("/entityGroup", body), "$.id");
	}

	/**
	 * Creates a user of one entity.
	 * @param entityId the entity
	 * @param foreignId the user's foreign id
	 * @param roles the user's roles
	 * @return its {@code user_} id
	 */
	String createUser(String entityId, String foreignId, String... roles) {
		String body = "{\"foreignId\": \"%s\", \"name\": \"Person %s\", \"email\": \"%s@example.com\", \"roles\": %s}"
			.formatted(foreignId, foreignId, foreignId, jsonList(roles));
		return read(postForBody("/entity/" + entityId + "/user", body), "$.id");
	}

	/**
	 * Sends a JSON body and expects 200.
	 * @param uri the path
	 * @param body the JSON body
	 * @return the answer's body
	 */
	String postForBody(String uri, String body) {
		EntityExchangeResult<String> result = send(uri, body);
		assertThat(result.getStatus().value()).as("POST %s answered %s", uri, result.getResponseBody()).isEqualTo(200);
		return result.getResponseBody();
	}

	EntityExchangeResult<String> send(String uri, String body) {
		return this.api.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.returnResult(String.class);
	}

	String getBody(String uri) {
		EntityExchangeResult<String> result = this.api.get().uri(uri).exchange().returnResult(String.class);
		assertThat(result.getStatus().value()).as("GET %s answered %s", uri, result.getResponseBody()).isEqualTo(200);
		return result.getResponseBody();
	}

	List<String> usersOf(String entityId) {
		return JsonPath.read(getBody("/entity/" + entityId + "/users?limit=100"), "$.data[*].foreignId");
	}

	List<String> rolesOf(String entityId, String foreignId) {
		return JsonPath.read(getBody("/entity/" + entityId + "/users?foreignId=" + foreignId), "$.data[0].roles");
	}

	static <T> T read(String json, String path) {
		return JsonPath.read(json, path);
	}

	static String jsonList(String... values) {
		return List.of(values).stream().map((value) -> "\"" + value + "\"").toList().toString();
	}

}
