package dev.entitygroups.web;

import java.util.Map;
import java.util.Optional;

/**
 * The database's unique constraints, by name, with the field each one guards: a clash
 * that slips past a check (two requests racing) still answers 409 naming the field.
 */
final class UniqueConstraints {

	private static final Map<String, FieldError> FIELDS = Map.of("uq_entities_foreign_id",
			new FieldError("foreignId", "is already used by another entity"), "uq_entity_groups_foreign_id",
			new FieldError("foreignId", "is already used by another entity group"), "uq_entity_groups_email_to_name",
			new FieldError("emailToName", "is already used by another entity group"),
			"uq_entity_users_entity_foreign_id",
			new FieldError("foreignId", "is already used by another user of this entity"),
			"uq_entity_group_members_group_entity", new FieldError("entityIds", "is already in the group"));

	private UniqueConstraints() {
	}

	static Optional<FieldError> fieldOf(String constraintName) {
		return Optional.ofNullable((constraintName != null) ? FIELDS.get(constraintName.toLowerCase()) : null);
	}

}
