package dev.entitygroups.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /error} fallback: errors raised outside Spring MVC (by the servlet container
 * or a filter) still answer problem+json, never a stack trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String detail = status.is5xxServerError() ? "The server failed to answer the request."
				: status.getReasonPhrase() + ".";
		ProblemDetail problem = Problems.of(status, detail, path);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemWriter.toMap(problem));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
