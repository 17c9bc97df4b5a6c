package dev.entitygroups.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem body straight to the servlet response, for the filters and handlers
 * that answer before Spring MVC does (authentication, the body size limit, the error
 * page).
 */
@Component
public class ProblemWriter {

	private final JsonMapper jsonMapper;

	ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Writes a problem with the given status and detail.
	 * @param request the request being answered
	 * @param response the response, not yet committed
	 * @param status the HTTP status
	 * @param detail the sentence to show the client
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
			throws IOException {
		ProblemDetail problem = Problems.of(status, detail, request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), toMap(problem));
	}

	/**
	 * Flattens a problem into the JSON members it is written as.
	 * @param problem the problem
	 * @return its members in the RFC's order, extension members last
	 */
	public static Map<String, Object> toMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
