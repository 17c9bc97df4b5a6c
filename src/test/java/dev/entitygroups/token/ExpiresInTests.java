package dev.entitygroups.token;

import java.time.Duration;

import dev.entitygroups.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ExpiresIn}: the time-span grammar, its bounds and its messages.
 */
class ExpiresInTests {

	private static final Duration MAX = Duration.ofDays(30);

	@ParameterizedTest(name = "{0} {1} lasts {2} s")
	@CsvSource(delimiter = '|', textBlock = """
			string | '1h'                 | 3600
			string | '3600'               | 3600
			string | '1'                  | 1
			string | '1.5h'               | 5400
			string | '.5d'                | 43200
			string | '90 m'               | 5400
			string | '2  days'            | 172800
			string | '1H'                 | 3600
			string | '10 Minutes'         | 600
			string | '1500ms'             | 1
			string | '2500 msec'          | 2
			string | '2500 msecs'         | 2
			string | '1000 millisecond'   | 1
			string | '1000 milliseconds'  | 1
			string | '45s'                | 45
			string | '45 sec'             | 45
			string | '45 secs'            | 45
			string | '1 second'           | 1
			string | '2 seconds'          | 2
			string | '1m'                 | 60
			string | '1 min'              | 60
			string | '2 mins'             | 120
			string | '1 minute'           | 60
			string | '2 minutes'          | 120
			string | '1hr'                | 3600
			string | '2 hrs'              | 7200
			string | '1 hour'             | 3600
			string | '2 hours'            | 7200
			string | '1d'                 | 86400
			string | '1 day'              | 86400
			string | '2 days'             | 172800
			string | '1w'                 | 604800
			string | '1 week'             | 604800
			string | '2 weeks'            | 1209600
			string | '0.05y'              | 1577880
			string | '0.05 yr'            | 1577880
			string | '0.05 yrs'           | 1577880
			string | '0.05 year'          | 1577880
			string | '0.05 years'         | 1577880
			string | '1.9s'               | 1
			string | '30d'                | 2592000
			string | '2592000.9'          | 2592000
			number | 3600                 | 3600
			number | 1.5                  | 1
			number | 1e3                  | 1000
			number | 2592000              | 2592000
			""")
	void acceptsTimeSpan(String kind, String input, long seconds) {
		Duration lifetime = expiresIn(kind, input).lifetime(MAX);

		assertThat(lifetime).isEqualTo(Duration.ofSeconds(seconds));
	}

	private static final String NOT_A_SPAN = "is not a number of seconds or a time span such as '90m', '1.5h' or '7d'.";

	private static final String OVER_MAX = "exceeds the maximum lifetime of 30d.";

	@ParameterizedTest(name = "{0} {1} is rejected")
	@CsvSource(delimiter = '|', textBlock = """
			string | '0'           | expiresIn '0' must be at least 1 second.
			string | '0s'          | expiresIn '0s' must be at least 1 second.
			string | '999ms'       | expiresIn '999ms' must be at least 1 second.
			string | '-1h'         | expiresIn '-1h' must be at least 1 second.
			string | '10y'         | expiresIn '10y' [over max]
			string | '31d'         | expiresIn '31d' [over max]
			string | '2592001'     | expiresIn '2592001' [over max]
			string | '9999999999999999999999999y'| expiresIn '9999999999999999999999999y' [over max]
			string | ''            | expiresIn '' [no span]
			string | 'abc'         | expiresIn 'abc' [no span]
			string | 'h'           | expiresIn 'h' [no span]
			string | '1.'          | expiresIn '1.' [no span]
			string | '1,5h'        | expiresIn '1,5h' [no span]
			string | '+1h'         | expiresIn '+1h' [no span]
			string | ' 1h'         | expiresIn ' 1h' [no span]
			string | '1h '         | expiresIn '1h ' [no span]
			string | '1 fortnight' | expiresIn '1 fortnight' [no span]
			string | '1e3'         | expiresIn '1e3' [no span]
			string | '1h30m'       | expiresIn '1h30m' [no span]
			string | '١h'          | expiresIn '١h' [no span]
			string | '１h'          | expiresIn '１h' [no span]
			string | 'Infinity'    | expiresIn 'Infinity' [no span]
			number | 0             | expiresIn '0' must be at least 1 second.
			number | -5            | expiresIn '-5' must be at least 1 second.
			number | 0.5           | expiresIn '0.5' must be at least 1 second.
			number | 1e-999999999  | expiresIn '1e-999999999' must be at least 1 second.
			number | 2592001       | expiresIn '2592001' [over max]
			number | 1e999999999   | expiresIn '1e999999999' [over max]
			number | 1e-9999999999 | expiresIn '1e-9999999999' [no span]
			""")
	void rejectsInvalidTimeSpan(String kind, String input, String message) {
		ExpiresIn expiresIn = expiresIn(kind, input);

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> expiresIn.lifetime(MAX))
			.withMessage(message.replace("[no span]", NOT_A_SPAN).replace("[over max]", OVER_MAX))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("expiresIn"));
	}

	@Test
	void rejectsInputLongerThanOneHundredCharacters() {
		ExpiresIn expiresIn = ExpiresIn.of("1".repeat(99) + "ms");

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> expiresIn.lifetime(MAX))
			.withMessage("expiresIn '11111111111111111111...' is longer than 100 characters.");
	}

	@Test
	void acceptsInputOfOneHundredCharacters() {
		ExpiresIn expiresIn = ExpiresIn.of("0".repeat(96) + "1000");

		assertThat(expiresIn.lifetime(MAX)).isEqualTo(Duration.ofSeconds(1000));
	}

	@Test
	void appliesConfiguredMaximum() {
		ExpiresIn expiresIn = ExpiresIn.of("2h");

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> expiresIn.lifetime(Duration.ofMinutes(90)))
			.withMessage("expiresIn '2h' exceeds the maximum lifetime of 90m.");
	}

	@Test
	void defaultsToOneHour() {
		assertThat(ExpiresIn.DEFAULT.lifetime(MAX)).isEqualTo(Duration.ofHours(1));
	}

	@ParameterizedTest(name = "{0} s is written {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2592000 | 30d
			43200   | 12h
			5400    | 90m
			45      | 45s
			0       | 0s
			""")
	void formatsDurationInLargestWholeUnit(long seconds, String text) {
		assertThat(ExpiresIn.format(Duration.ofSeconds(seconds))).isEqualTo(text);
	}

	private static ExpiresIn expiresIn(String kind, String input) {
		return kind.equals("number") ? ExpiresIn.ofSeconds(input) : ExpiresIn.of(input);
	}

}
