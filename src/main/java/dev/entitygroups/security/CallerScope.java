package dev.entitygroups.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The scope of the current caller, for controllers that narrow what they answer.
 */
public final class CallerScope {

	private CallerScope() {
	}

	/**
	 * Returns the current caller's scope.
	 * @return the scope of a token holder, or empty for an API key
	 */
	public static Optional<GroupScope> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof ScopedAuthentication scoped) ? Optional.of(scoped.scope()) : Optional.empty();
	}

}
