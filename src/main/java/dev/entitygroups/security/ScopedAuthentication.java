package dev.entitygroups.security;

import org.springframework.security.core.Authentication;

/**
 * An authenticated caller limited to a {@link GroupScope}: the holder of a token.
 */
public interface ScopedAuthentication extends Authentication {

	/**
	 * Returns what the caller may read.
	 * @return the scope, never {@code null}
	 */
	GroupScope scope();

}
