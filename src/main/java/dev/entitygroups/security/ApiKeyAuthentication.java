package dev.entitygroups.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller holding an API key: the platform's backend, with every permission.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	/** The authority every API key caller has. */
	public static final String AUTHORITY = "ROLE_API_KEY";

	ApiKeyAuthentication() {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return "api-key";
	}

}
