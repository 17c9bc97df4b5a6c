package dev.entitygroups.web;

import dev.entitygroups.support.FailingEndpoint;
import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class InternalErrorIntegrationTests extends IntegrationTestSupport {

	@Test
	void answersUnexpectedFailureWithGenericProblem() {
		EntityExchangeResult<String> result = this.api.get()
			.uri(FailingEndpoint.PATH)
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult();

		String body = result.getResponseBody();
		assertThat(body).contains("\"errorName\":\"InternalServerError\"")
			.contains("\"detail\":\"The server failed to answer the request.\"")
			.contains("\"content\":\"The server failed to answer the request.\"");
		assertThat(body).doesNotContain(FailingEndpoint.MESSAGE)
			.doesNotContain("Exception")
			.doesNotContain("at dev.")
			.doesNotContain("dev.entitygroups")
			.doesNotContainIgnoringCase("select")
			.doesNotContain("trace");
	}

}
