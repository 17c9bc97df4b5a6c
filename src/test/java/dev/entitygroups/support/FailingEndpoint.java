package dev.entitygroups.support;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint, {@code GET /test/failure}, that fails the way a bug would: with
 * an unexpected exception whose message holds SQL and a class name. Importing this
 * configuration registers its nested controller.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoint {

	/** The path of the endpoint. */
	public static final String PATH = "/test/failure";

	/** The message of the exception it throws, which no client may ever see. */
	public static final String MESSAGE = "select * from entity_users where id = 42 failed in "
			+ "dev.entitygroups.groupuser.GroupUserWrites";

	/**
	 * The controller, registered with the configuration that encloses it and left out of
	 * the OpenAPI description, which lists only the API's operations.
	 */
	@Hidden
	@RestController
	static class FailingController {

		@GetMapping(PATH)
		String fail() {
			throw new IllegalStateException(MESSAGE);
		}

	}

}
