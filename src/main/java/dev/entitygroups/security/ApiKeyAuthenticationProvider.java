package dev.entitygroups.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates a bearer credential that is one of the configured API keys; leaves any
 * other credential to the next provider.
 */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	private final ApiKeys apiKeys;

	ApiKeyAuthenticationProvider(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		BearerCredential credential = (BearerCredential) authentication;
		return this.apiKeys.matches(credential.getCredentials()) ? new ApiKeyAuthentication() : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerCredential.class.isAssignableFrom(authentication);
	}

}
