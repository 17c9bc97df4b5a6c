package dev.entitygroups.token;

import java.time.Clock;
import java.util.UUID;

import dev.entitygroups.config.InvalidSettingException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the token beans wire from the {@code entitygroups.token.*} settings as the
 * application starts them.
 */
class TokenConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
		.withUserConfiguration(TokenBeans.class);

	@Test
	void issuesTokensThatTheVerifierAccepts() {
		this.contextRunner
			.withPropertyValues("entitygroups.token.secret=" + SigningKeysTests.SECRET,
					"entitygroups.token.key-id=2025-06", "entitygroups.token.max-lifetime=2h")
			.run((context) -> {
				UUID groupId = UUID.randomUUID();
				String token = context.getBean(TokenIssuer.class).issueUserToken(groupId, "user-42", null);

				VerifiedToken verified = context.getBean(TokenVerifier.class).verify(token);

				assertThat(verified.groupId()).isEqualTo(groupId);
				assertThat(context.getBean(TokenProperties.class).maxLifetime()).hasHours(2);
			});
	}

	@Test
	void failsToStartWithWeakSecret() {
		this.contextRunner.withPropertyValues("entitygroups.token.secret=too-short")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidSettingException.class)
				.hasMessage("entitygroups.token.secret is 9 bytes; HS256 needs at least 32 (256 bits)."));
	}

	@Test
	void failsToStartInProdWithoutSecret() {
		this.contextRunner.withPropertyValues("spring.profiles.active=prod")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidSettingException.class)
				.hasMessageContaining("entitygroups.token.secret"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TokenProperties.class)
	@Import({ SigningKeys.class, TokenIssuer.class, TokenVerifier.class })
	static class TokenBeans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
