package dev.entitygroups.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or must know about, answered with its own status and
 * message.
 */
public abstract class ApiException extends RuntimeException {

	private final HttpStatus status;

	protected ApiException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

}
