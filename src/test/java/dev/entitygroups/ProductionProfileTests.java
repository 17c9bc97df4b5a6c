package dev.entitygroups;

import dev.entitygroups.config.InvalidSettingException;
import dev.entitygroups.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

	@Test
	void refusesToStartWithoutApiKeys() {
		TestDatabase database = TestDatabase.get();
		SpringApplicationBuilder application = new SpringApplicationBuilder(EntityGroupServiceApplication.class)
			.profiles("prod")
			.properties("server.port=0", "spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(),
					"entitygroups.token.secret=prod-profile-test-secret-0123456789");

		Throwable failure = catchThrowable(application::run);

		assertThat(failure).rootCause()
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageContaining("entitygroups.api-keys")
			.extracting("property")
			.isEqualTo("entitygroups.api-keys");
	}

	@Test
	void startsWithConfiguredSecretsAndNeverLogsThem(CapturedOutput output) {
		TestDatabase database = TestDatabase.get();
		SpringApplicationBuilder application = new SpringApplicationBuilder(EntityGroupServiceApplication.class)
			.profiles("prod")
			.properties("server.port=0", "spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "entitygroups.api-keys=prod-key-1,prod-key-2",
					"entitygroups.token.secret=prod-profile-test-secret-0123456789");

		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(context.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
			assertThat(context.getEnvironment().getProperty("logging.structured.format.console")).isEqualTo("ecs");
		}

		assertThat(output.getOut()).contains("Accepting 2 configured API key(s).")
			.doesNotContain("prod-key-1", "prod-profile-test-secret");
	}

}
