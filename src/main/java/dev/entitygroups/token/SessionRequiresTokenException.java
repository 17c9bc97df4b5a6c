package dev.entitygroups.token;

import dev.entitygroups.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * {@code GET /session} was called with an API key, which stands for no session.
 */
class SessionRequiresTokenException extends ApiException {

	SessionRequiresTokenException() {
		super(HttpStatus.FORBIDDEN, "Only a token has a session; an API key does not.");
	}

}
