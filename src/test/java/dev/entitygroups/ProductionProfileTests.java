package dev.entitygroups;

import java.io.IOException;
import java.util.List;

import dev.entitygroups.config.InvalidSettingException;
import dev.entitygroups.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
	void logsJsonAndShutsDownGracefully() throws IOException {
		List<PropertySource<?>> sources = new PropertiesPropertySourceLoader().load("prod",
				new ClassPathResource("application-prod.properties"));
		PropertySource<?> prod = sources.get(0);

		assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("ecs");
		assertThat(prod.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(prod.getProperty("server.error.include-stacktrace")).isEqualTo("never");
	}

}
