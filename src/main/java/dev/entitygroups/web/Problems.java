package dev.entitygroups.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem bodies of the API, with the {@code errorName} and
 * {@code content} members the Mercoa SDK reads.
 */
final class Problems {

	private Problems() {
	}

	/**
	 * Creates a problem for a status with a human-readable detail.
	 * @param status the HTTP status
	 * @param detail a sentence saying what went wrong; never {@code null}
	 * @param path the request path, used as {@code instance}; may be {@code null}
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return complete(problem, path);
	}

	/**
	 * Adds {@code errorName}, {@code content} and {@code instance} to a problem that may
	 * lack them.
	 * @param problem the problem to complete
	 * @param path the request path, may be {@code null}
	 * @return the same problem
	 */
	public static ProblemDetail complete(ProblemDetail problem, String path) {
		if (problem.getInstance() == null && path != null) {
			problem.setInstance(URI.create(path));
		}
		if (problem.getDetail() == null) {
			problem.setDetail(problem.getTitle());
		}
		problem.setProperty("errorName", ErrorNames.forStatus(problem.getStatus()));
		problem.setProperty("content", problem.getDetail());
		return problem;
	}

	/**
	 * Adds the list of broken rules to a validation problem.
	 * @param problem the problem
	 * @param errors the broken rules, in a stable order
	 * @return the same problem
	 */
	public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

}
