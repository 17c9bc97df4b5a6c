package dev.entitygroups.groupuser;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.entitygroups.web.PrefixedId;

/**
 * One {@code entity_users} row as set-based queries read it.
 *
 * @param id the key
 * @param entityId the entity it belongs to
 * @param foreignId the platform's own id
 * @param email the email
 * @param name the name
 * @param roles the roles
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record EntityUserRow(UUID id, UUID entityId, String foreignId, String email, String name, List<String> roles,
		Instant createdAt, Instant updatedAt) {

	/** The columns {@link #map} reads, for a table aliased {@code u}. */
	static final String COLUMNS = "u.id, u.entity_id, u.foreign_id, u.email, u.name, u.roles, u.created_at, "
			+ "u.updated_at";

	static EntityUserRow map(ResultSet rs, int rowNum) throws SQLException {
		Array roles = rs.getArray("roles");
		return new EntityUserRow(rs.getObject("id", UUID.class), rs.getObject("entity_id", UUID.class),
				rs.getString("foreign_id"), rs.getString("email"), rs.getString("name"),
				List.of((String[]) roles.getArray()), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	String publicId() {
		return PrefixedId.format(EntityUser.ID_PREFIX, this.id);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
