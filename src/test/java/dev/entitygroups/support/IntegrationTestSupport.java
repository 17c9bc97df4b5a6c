package dev.entitygroups.support;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
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

	@BeforeEach
	void authenticate() {
		this.api = this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY).build();
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
