package dev.entitygroups.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides whether a scoped caller may make a request; implemented by the token feature.
 */
public interface ScopeAuthorization {

	/**
	 * Tells whether the request stays inside the scope. It must not reveal, by its
	 * answer, whether a target outside the scope exists.
	 * @param scope the caller's scope
	 * @param request the request
	 * @return whether the request is allowed
	 */
	boolean permits(GroupScope scope, HttpServletRequest request);

}
