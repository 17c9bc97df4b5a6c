package dev.entitygroups.config;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a service setting ({@code entitygroups.*}) that cannot be read, such as an
 * unparsable duration, as one line naming the property, ahead of Spring Boot's longer
 * binding report; a setting the service itself refused is left to
 * {@link InvalidSettingFailureAnalyzer}, whose line says why.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingBindFailureAnalyzer implements FailureAnalyzer {

	private static final String PREFIX = "entitygroups.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		BindException bind = innermostBindException(failure);
		if (bind == null || !bind.getName().toString().startsWith(PREFIX) || hasInvalidSetting(failure)) {
			return null;
		}
		ConfigurationProperty property = bind.getProperty();
		String name = ((property != null) ? property.getName() : bind.getName()).toString();
		boolean secret = name.contains("secret") || name.contains("key");
		String value = (property != null && !secret) ? " value '" + property.getValue() + "'" : " value";
		String description = name + value + " is not " + expected(bind.getTarget().getType().resolve()) + ".";
		return new FailureAnalysis(description, "Correct " + name + " and start the service again.", failure);
	}

	private static String expected(Class<?> type) {
		if (type == Duration.class) {
			return "a duration such as 30d, 12h, 90m or 30s";
		}
		return (type != null) ? "a valid " + type.getSimpleName() : "valid";
	}

	private static boolean hasInvalidSetting(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidSettingException) {
				return true;
			}
		}
		return false;
	}

	private static BindException innermostBindException(Throwable failure) {
		BindException innermost = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				innermost = bind;
			}
		}
		return innermost;
	}

}
