package dev.entitygroups.web;

import org.springframework.http.HttpStatus;

/**
 * A resource named in the request does not exist.
 */
public class ResourceNotFoundException extends ApiException {

	public ResourceNotFoundException(String kind, String id) {
		super(HttpStatus.NOT_FOUND, capitalize(kind) + " '" + id + "' not found.");
	}

	private static String capitalize(String kind) {
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

}
