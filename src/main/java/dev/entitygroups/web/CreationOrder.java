package dev.entitygroups.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Path;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The stable order of list endpoints, creation time then id, and the keyset conditions
 * that page through it.
 */
public final class CreationOrder {

	/** Creation time, then id, both ascending. */
	public static final Sort SORT = Sort.by("createdAt", "id");

	private CreationOrder() {
	}

	/**
	 * Matches the rows that come after a given row in creation order.
	 * @param createdAt the creation time of the row the previous page ended with
	 * @param id the id of that row
	 * @param <T> a type with {@code createdAt} and {@code id} attributes
	 * @return the condition
	 */
	public static <T> Specification<T> after(Instant createdAt, UUID id) {
		return (root, query, cb) -> {
			Path<Instant> created = root.get("createdAt");
			return cb.or(cb.greaterThan(created, createdAt),
					cb.and(cb.equal(created, createdAt), cb.greaterThan(root.get("id"), id)));
		};
	}

	/**
	 * Builds a case-insensitive {@code LIKE} pattern matching any text that contains the
	 * given text, with {@code \} escaping the wildcards.
	 * @param text what to search for
	 * @return the pattern, lower case
	 */
	public static String containsPattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
