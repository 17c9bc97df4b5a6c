package dev.entitygroups.config;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SettingBindFailureAnalyzerTests {

	private final SettingBindFailureAnalyzer analyzer = new SettingBindFailureAnalyzer();

	@Test
	void reportsAnUnparsableDurationInOneLineNamingTheProperty() {
		Throwable failure = bind("entitygroups.token", Map.of("entitygroups.token.max-lifetime", "soon"));

		FailureAnalysis analysis = this.analyzer.analyze(failure);

		assertThat(analysis.getDescription())
			.isEqualTo("entitygroups.token.max-lifetime value 'soon' is not a duration such as 30d, 12h, 90m or 30s.")
			.doesNotContain("\n");
	}

	@Test
	void leavesOtherPropertiesToSpringBoot() {
		Throwable failure = bind("server", Map.of("server.max-lifetime", "soon"));

		assertThat(this.analyzer.analyze(failure)).isNull();
	}

	@Test
	void leavesASettingTheServiceRefusedToItsOwnOneLineReport() {
		Throwable failure = bind("entitygroups.token", Map.of("entitygroups.token.max-lifetime", "0s"));

		assertThat(this.analyzer.analyze(failure)).isNull();
		assertThat(new InvalidSettingFailureAnalyzer().analyze(failure).getDescription())
			.isEqualTo("entitygroups.token.max-lifetime must be at least 1s.");
	}

	private static Throwable bind(String prefix, Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		Throwable failure = catchThrowable(() -> binder.bind(prefix, Bindable.of(Settings.class)));
		assertThat(failure).isNotNull();
		return failure;
	}

	record Settings(Duration maxLifetime) {

		Settings {
			if (maxLifetime != null && maxLifetime.isZero()) {
				throw new InvalidSettingException("entitygroups.token.max-lifetime",
						"entitygroups.token.max-lifetime must be at least 1s.", "Set it to 1s or more.");
			}
		}

	}

}
