package dev.entitygroups.group;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The {@code copyUsersFrom} member of addEntities: a JSON boolean or the id or foreign id
 * of an entity already in the group.
 *
 * @param busiest copy from the group's entity with the most users
 * @param entity copy from this entity, by id or foreign id; {@code null} unless named
 */
record CopyUsersFrom(boolean busiest, String entity) {

	/** Copy nobody. */
	public static final CopyUsersFrom NOBODY = new CopyUsersFrom(false, null);

	private static final int MAX_LENGTH = 255;

	/**
	 * Reads the JSON value strictly: {@code true}, {@code false} or a non-blank string.
	 * @param value what Jackson read
	 * @return the choice
	 * @throws IllegalArgumentException for any other value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static CopyUsersFrom of(Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			return NOBODY;
		}
		if (Boolean.TRUE.equals(value)) {
			return new CopyUsersFrom(true, null);
		}
		if (value instanceof String text && !text.isBlank() && text.length() <= MAX_LENGTH) {
			return new CopyUsersFrom(false, text);
		}
		throw new IllegalArgumentException("must be true, false, or the id or foreign id of an entity in the group");
	}

	/**
	 * Tells whether any user is to be copied.
	 * @return {@code false} for {@code false} or absent
	 */
	public boolean copiesAnyone() {
		return this.busiest || this.entity != null;
	}

}
