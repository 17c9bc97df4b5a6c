package dev.entitygroups.groupuser;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rules of a user's roles: free strings, validated on the request records, kept in
 * the order first seen, without repeats.
 */
final class Roles {

	/** The most roles one user may hold. */
	static final int MAX_COUNT = 50;

	/** The longest role. */
	static final int MAX_LENGTH = 100;

	private Roles() {
	}

	/**
	 * Collapses repeated roles, keeping the first occurrence of each.
	 * @param roles the roles as sent; {@code null} is no roles
	 * @return the distinct roles in the order first seen
	 */
	static List<String> distinct(Collection<String> roles) {
		return (roles != null) ? List.copyOf(new LinkedHashSet<>(roles)) : List.of();
	}

	/**
	 * Returns the roles as a SQL array parameter.
	 * @param roles the roles; {@code null} stays {@code null}
	 * @return the array, or {@code null}
	 */
	static String[] toArray(Collection<String> roles) {
		return (roles != null) ? distinct(roles).toArray(String[]::new) : null;
	}

}
