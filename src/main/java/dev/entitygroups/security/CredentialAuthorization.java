package dev.entitygroups.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Grants an API key everything but the token-only {@code /session}, a token what its
 * scope allows, and an anonymous caller nothing.
 */
class CredentialAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private static final PathPattern SESSION = PathPatternParser.defaultInstance.parse("/session");

	private final ScopeAuthorization scopes;

	CredentialAuthorization(ScopeAuthorization scopes) {
		this.scopes = scopes;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		HttpServletRequest request = context.getRequest();
		if (caller instanceof ApiKeyAuthentication) {
			return new AuthorizationDecision(!SESSION.matches(PathContainer.parsePath(request.getRequestURI())));
		}
		if (caller instanceof ScopedAuthentication scoped) {
			return new AuthorizationDecision(this.scopes.permits(scoped.scope(), request));
		}
		return new AuthorizationDecision(false);
	}

}
