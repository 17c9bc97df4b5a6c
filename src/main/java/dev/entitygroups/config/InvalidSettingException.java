package dev.entitygroups.config;

/**
 * A configuration property is missing or malformed, so the service must not start.
 */
public class InvalidSettingException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Creates the exception.
	 * @param property the property, such as {@code entitygroups.token.secret}
	 * @param problem a sentence naming the property and what is wrong with it
	 * @param action a sentence saying how to fix it
	 */
	public InvalidSettingException(String property, String problem, String action) {
		super(problem);
		this.property = property;
		this.action = action;
	}

	public String getProperty() {
		return this.property;
	}

	public String getAction() {
		return this.action;
	}

}
