package dev.entitygroups.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for requests it refuses before any servlet runs (a malformed URI,
 * an encoded slash, headers over the size limit): the problem+json body of the API in
 * place of Tomcat's HTML page, with neither a stack trace nor the server's version.
 * <p>
 * Tomcat creates it by its class name, so it is public with a no-arg constructor.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}

		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), detailFor(status), null);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JsonMapper.shared().writeValueAsString(ProblemWriter.toMap(problem)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("Could not write the {} problem for a request Tomcat refused", status, ex);
		}
	}

	static String detailFor(int status) {
		if (status >= 500) {
			return "The server failed to answer the request.";
		}
		if (status == 400) {
			return "The request is malformed: check the encoding of its URI and the size of its headers.";
		}
		return "The server refused the request before it reached the API.";
	}

}
