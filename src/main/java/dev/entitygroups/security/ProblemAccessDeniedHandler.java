package dev.entitygroups.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.entitygroups.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 403 problem+json when a valid credential reaches outside its scope.
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemAccessDeniedHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN, "This credential may not perform this request.");
	}

}
