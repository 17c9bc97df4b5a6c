package dev.entitygroups.web;

import org.springframework.http.HttpStatus;

/**
 * A value that must be unique is already taken.
 */
public class ConflictException extends ApiException {

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, message);
	}

}
