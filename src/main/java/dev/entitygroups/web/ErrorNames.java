package dev.entitygroups.web;

/**
 * The {@code errorName} member the Mercoa SDK reads to pick an error type, by HTTP
 * status.
 */
final class ErrorNames {

	private ErrorNames() {
	}

	/**
	 * Returns the error name for a status; 4xx statuses without a name of their own (405,
	 * 413, 415, ...) are {@code BadRequest}.
	 * @param status an HTTP status code from 400 to 599
	 * @return the error name, never {@code null}
	 */
	public static String forStatus(int status) {
		return switch (status) {
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "NotFound";
			case 409 -> "Conflict";
			case 501 -> "Unimplemented";
			default -> (status >= 500) ? "InternalServerError" : "BadRequest";
		};
	}

}
