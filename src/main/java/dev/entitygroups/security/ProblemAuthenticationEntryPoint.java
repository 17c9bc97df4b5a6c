package dev.entitygroups.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.entitygroups.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Answers 401 problem+json for a request without a credential or with one that is not
 * valid; the detail never says why a token failed (that goes to a DEBUG log).
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problems;

	ProblemAuthenticationEntryPoint(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail = (ex instanceof InsufficientAuthenticationException)
				? "Authentication is required: send 'Authorization: Bearer <API key or token>'."
				: (ex instanceof BadCredentialsException && ex.getMessage().startsWith("The Authorization"))
						? ex.getMessage() : "The bearer credential is not a valid API key or token.";
		response.setHeader("WWW-Authenticate", "Bearer");
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

}
