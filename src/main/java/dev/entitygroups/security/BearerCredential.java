package dev.entitygroups.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An unverified {@code Authorization: Bearer} value, handed to the authentication
 * providers: API keys first, tokens next.
 */
public final class BearerCredential extends AbstractAuthenticationToken {

	private final String value;

	BearerCredential(String value) {
		super(List.of());
		this.value = value;
	}

	/**
	 * Tells whether the credential has the shape of a compact JWT (three dot-separated
	 * parts), which an API key never has.
	 * @return whether it looks like a JWT
	 */
	public boolean looksLikeJwt() {
		return this.value.chars().filter((ch) -> ch == '.').count() == 2;
	}

	@Override
	public String getCredentials() {
		return this.value;
	}

	@Override
	public Object getPrincipal() {
		return "bearer";
	}

	@Override
	public String toString() {
		return "BearerCredential[redacted]";
	}

}
