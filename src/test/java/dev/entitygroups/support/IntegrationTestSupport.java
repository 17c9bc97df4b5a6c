package dev.entitygroups.support;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The base of the integration tests: the whole service on a random port over this run's
 * PostgreSQL, with a client that sends the test API key and one that sends nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "entitygroups.api-keys=" + IntegrationTestSupport.API_KEY,
				"entitygroups.token.secret=" + IntegrationTestSupport.TOKEN_SECRET })
@AutoConfigureRestTestClient
@Import({ SharedTestBeans.class, FailingEndpoint.class })
public abstract class IntegrationTestSupport {

	/** The API key every test request authenticates with. */
	public static final String API_KEY = "test-api-key-5d0c6c2e";

	/** The token signing secret of the tests (32 bytes). */
	public static final String TOKEN_SECRET = "test-token-secret-0123456789abcd";

	@Autowired
	protected RestTestClient anonymous;

	protected RestTestClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected StatementCounter statements;

	@BeforeEach
	void authenticate() {
		this.clock.reset();
		this.api = this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY).build();
	}

	/**
	 * Sends a JSON body with the API key and returns the answer, which must be 200.
	 * @param uri the path
	 * @param json the body
	 * @return the JSON object answered
	 */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> post(String uri, String json) {
		return this.api.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Reads a resource with the API key; the answer must be 200.
	 * @param uri the path and query
	 * @return the JSON object answered
	 */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> get(String uri) {
		return this.api.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Creates a business entity and returns its id.
	 * @param foreignId the foreign id
	 * @return the {@code ent_} id
	 */
	protected String createEntity(String foreignId) {
		return (String) post("/entity", Fixtures.business(foreignId, "Company " + foreignId)).get("id");
	}

	/**
	 * Returns a foreign id no other test uses.
	 * @param prefix a readable prefix
	 * @return the foreign id
	 */
	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
