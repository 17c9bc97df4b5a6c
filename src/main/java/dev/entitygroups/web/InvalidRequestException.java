package dev.entitygroups.web;

import org.springframework.http.HttpStatus;

/**
 * A request that is well-formed but breaks a rule of the API, naming the field.
 */
public class InvalidRequestException extends ApiException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
