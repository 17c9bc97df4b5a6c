package dev.entitygroups.web;

import java.util.Optional;
import java.util.UUID;

/**
 * The public form of a UUID key: a kind prefix and the UUID, such as
 * {@code entg_0b9f...}.
 */
public final class PrefixedId {

	private PrefixedId() {
	}

	/**
	 * Formats a key with its prefix.
	 * @param prefix the kind prefix, such as {@code ent_}
	 * @param id the key
	 * @return the public id
	 */
	public static String format(String prefix, UUID id) {
		return prefix + id;
	}

	/**
	 * Reads a public id of one kind.
	 * @param prefix the kind prefix, such as {@code ent_}
	 * @param value what the client sent; may be {@code null}
	 * @return the key, or empty when the value is not an id of that kind (it may then be
	 * a foreign id)
	 */
	public static Optional<UUID> parse(String prefix, String value) {
		if (value == null || !value.startsWith(prefix) || value.length() != prefix.length() + 36) {
			return Optional.empty();
		}
		try {
			UUID id = UUID.fromString(value.substring(prefix.length()));
			return id.toString().equalsIgnoreCase(value.substring(prefix.length())) ? Optional.of(id)
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
