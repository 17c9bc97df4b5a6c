package dev.entitygroups.ops;

import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseStartupReport startupReport;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void answersHealthProbesWithoutCredentials(String probe) {
		this.anonymous.get()
			.uri(probe)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void includesTheDatabaseInReadiness() {
		this.api.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP");
	}

	@Test
	void showsHealthComponentsOnlyWithApiKey() {
		this.anonymous.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.doesNotExist();
	}

	@Test
	void exposesPrometheusOnlyWithApiKey() {
		this.anonymous.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errorName")
			.isEqualTo("Unauthorized");

		this.api.get().uri("/entity").exchange().expectStatus().isOk();
		this.api.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("http_server_requests_seconds_count")
				.contains("jvm_memory_used_bytes")
				.contains("application=\"entity-group-service\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/configprops", "/actuator/heapdump", "/actuator/beans",
			"/actuator/metrics", "/actuator/loggers" })
	void exposesNoOtherActuatorEndpoint(String endpoint) {
		this.api.get().uri(endpoint).exchange().expectStatus().isNotFound();
	}

	@Test
	void logsTheDatabaseAndItsSchemaVersion(CapturedOutput output) {
		this.startupReport.report();

		assertThat(output).containsPattern("Database jdbc:postgresql://[^ ]+ is at schema version \\d+\\.");
	}

}
