package dev.entitygroups.token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.entitygroups.web.InvalidRequestException;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code expiresIn} of a token request as the client sent it: a number of seconds, or
 * a time span such as {@code "1.5h"} in the grammar of the {@code ms} package.
 */
@JsonDeserialize(using = ExpiresInDeserializer.class)
final class ExpiresIn {

	/**
	 * The lifetime of a token whose request names none: one hour.
	 */
	public static final ExpiresIn DEFAULT = of("1h");

	private static final String FIELD = "expiresIn";

	private static final int MAX_LENGTH = 100;

	private static final Pattern TIME_SPAN = Pattern.compile("(-?[0-9]*\\.?[0-9]+) *([a-zA-Z]*)");

	private static final Map<String, BigDecimal> SECONDS_PER_UNIT = secondsPerUnit();

	private final String input;

	private final boolean number;

	private ExpiresIn(String input, boolean number) {
		this.input = Objects.requireNonNull(input, "input must not be null");
		this.number = number;
	}

	/**
	 * Creates the value of a JSON string, such as {@code "90m"} or {@code "3600"}.
	 * @param text the string, not {@code null}; checked only by {@link #lifetime}
	 * @return the value
	 */
	public static ExpiresIn of(String text) {
		return new ExpiresIn(text, false);
	}

	/**
	 * Creates the value of a JSON number, a count of seconds such as {@code 3600}.
	 * @param literal the number as written in the JSON, not {@code null}
	 * @return the value
	 */
	public static ExpiresIn ofSeconds(String literal) {
		return new ExpiresIn(literal, true);
	}

	/**
	 * Resolves the lifetime, rounded down to whole seconds.
	 * @param maxLifetime the longest lifetime accepted
	 * @return a lifetime of at least one second and at most {@code maxLifetime}
	 * @throws InvalidRequestException naming {@code expiresIn} when the value is not a
	 * time span, is shorter than a second or longer than {@code maxLifetime}
	 */
	public Duration lifetime(Duration maxLifetime) {
		if (this.input.length() > MAX_LENGTH) {
			String start = this.input.substring(0, 20);
			throw invalid("'" + start + "...' is longer than " + MAX_LENGTH + " characters.");
		}
		BigDecimal seconds = seconds();
		if (seconds.compareTo(BigDecimal.ONE) < 0) {
			throw invalid(quoted() + " must be at least 1 second.");
		}
		BigDecimal limit = BigDecimal.valueOf(maxLifetime.toSeconds());
		if (seconds.compareTo(limit.add(BigDecimal.ONE)) >= 0) {
			throw invalid(quoted() + " exceeds the maximum lifetime of " + format(maxLifetime) + ".");
		}
		return Duration.ofSeconds(seconds.setScale(0, RoundingMode.FLOOR).longValueExact());
	}

	private BigDecimal seconds() {
		if (this.number) {
			try {
				return new BigDecimal(this.input);
			}
			catch (NumberFormatException ex) {
				throw notATimeSpan();
			}
		}
		Matcher matcher = TIME_SPAN.matcher(this.input);
		if (!matcher.matches()) {
			throw notATimeSpan();
		}
		String unit = matcher.group(2).toLowerCase(Locale.ROOT);
		BigDecimal perUnit = unit.isEmpty() ? BigDecimal.ONE : SECONDS_PER_UNIT.get(unit);
		if (perUnit == null) {
			throw notATimeSpan();
		}
		return new BigDecimal(matcher.group(1)).multiply(perUnit);
	}

	private InvalidRequestException notATimeSpan() {
		String examples = "'90m', '1.5h' or '7d'";
		return invalid(quoted() + " is not a number of seconds or a time span such as " + examples + ".");
	}

	private String quoted() {
		return "'" + this.input + "'";
	}

	private static InvalidRequestException invalid(String problem) {
		return new InvalidRequestException(FIELD, FIELD + " " + problem);
	}

	/**
	 * Writes a duration in the largest whole unit of the grammar, such as {@code 30d}.
	 * @param duration a duration of whole seconds
	 * @return the short form
	 */
	static String format(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds != 0 && seconds % 86_400 == 0) {
			return (seconds / 86_400) + "d";
		}
		if (seconds != 0 && seconds % 3_600 == 0) {
			return (seconds / 3_600) + "h";
		}
		if (seconds != 0 && seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

	@JsonValue
	String input() {
		return this.input;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof ExpiresIn that)) {
			return false;
		}
		return this.input.equals(that.input) && this.number == that.number;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.input, this.number);
	}

	@Override
	public String toString() {
		return this.number ? this.input : quoted();
	}

	private static Map<String, BigDecimal> secondsPerUnit() {
		Map<String, BigDecimal> units = new HashMap<>();
		addUnit(units, "0.001", "ms", "msec", "msecs", "millisecond", "milliseconds");
		addUnit(units, "1", "s", "sec", "secs", "second", "seconds");
		addUnit(units, "60", "m", "min", "mins", "minute", "minutes");
		addUnit(units, "3600", "h", "hr", "hrs", "hour", "hours");
		addUnit(units, "86400", "d", "day", "days");
		addUnit(units, "604800", "w", "week", "weeks");
		addUnit(units, "31557600", "y", "yr", "yrs", "year", "years");
		return Map.copyOf(units);
	}

	private static void addUnit(Map<String, BigDecimal> units, String seconds, String... names) {
		for (String name : names) {
			units.put(name, new BigDecimal(seconds));
		}
	}

}
