package dev.entitygroups.token;

import java.time.Duration;
import java.util.Map;

import dev.entitygroups.config.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TokenProperties}: defaults, binding and the checks of each setting.
 */
class TokenPropertiesTests {

	@Test
	void bindsDefaults() {
		TokenProperties properties = bind(Map.of());

		assertThat(properties.secret()).isNull();
		assertThat(properties.keyId()).isEqualTo("k1");
		assertThat(properties.previousKeys()).isNull();
		assertThat(properties.issuer()).isEqualTo("entity-group-service");
		assertThat(properties.audience()).isEqualTo("entity-group-embed");
		assertThat(properties.maxLifetime()).isEqualTo(Duration.ofDays(30));
		assertThat(properties.clockSkew()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void bindsConfiguredValues() {
		TokenProperties properties = bind(
				Map.of("entitygroups.token.key-id", "2025-06", "entitygroups.token.previous-keys", "k1:old",
						"entitygroups.token.max-lifetime", "12h", "entitygroups.token.clock-skew", "5s"));

		assertThat(properties.keyId()).isEqualTo("2025-06");
		assertThat(properties.previousKeys()).isEqualTo("k1:old");
		assertThat(properties.maxLifetime()).isEqualTo(Duration.ofHours(12));
		assertThat(properties.clockSkew()).isEqualTo(Duration.ofSeconds(5));
	}

	@ParameterizedTest(name = "{0}={1} is refused")
	@CsvSource(delimiter = '|', textBlock = """
			key-id       | ' '
			issuer       | ' '
			audience     | ' '
			max-lifetime | 0s
			max-lifetime | 500ms
			clock-skew   | -1s
			clock-skew   | 1h
			""")
	void refusesInvalidSetting(String name, String value) {
		Map<String, String> settings = Map.of("entitygroups.token." + name, value);

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(settings))
			.havingRootCause()
			.isInstanceOfSatisfying(InvalidSettingException.class,
					(ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token." + name));
	}

	@Test
	void keepsSecretsOutOfToString() {
		TokenProperties properties = bind(Map.of("entitygroups.token.secret", "current-secret-current-secret-123",
				"entitygroups.token.previous-keys", "k0:previous-secret-previous-secret"));

		assertThat(properties.toString()).doesNotContain("current-secret").doesNotContain("previous-secret");
	}

	private static TokenProperties bind(Map<String, String> settings) {
		Binder binder = new Binder(new MapConfigurationPropertySource(settings));
		return binder.bindOrCreate("entitygroups.token", TokenProperties.class);
	}

}
