package dev.entitygroups.groupuser;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.entitygroups.web.PrefixedId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.util.Assert;

/**
 * A person inside one entity, known to the platform by a foreign id unique within that
 * entity, holding free-form roles.
 */
@Entity
@Table(name = "entity_users")
class EntityUser {

	/** The prefix of an entity user's public id. */
	public static final String ID_PREFIX = "user_";

	@Id
	private UUID id;

	@Column(name = "entity_id")
	private UUID entityId;

	private String foreignId;

	private String email;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] roles;

	private Instant createdAt;

	private Instant updatedAt;

	protected EntityUser() {
	}

	/**
	 * Creates a user without foreign id, email, name or roles.
	 * @param entityId the entity the user belongs to
	 * @param now the creation time
	 */
	public EntityUser(UUID entityId, Instant now) {
		Assert.notNull(entityId, "entityId must not be null");
		Assert.notNull(now, "now must not be null");
		this.id = UUID.randomUUID();
		this.entityId = entityId;
		this.roles = new String[0];
		this.createdAt = now;
		this.updatedAt = now;
	}

	void identifyAs(String foreignId) {
		Assert.isTrue(foreignId == null || !foreignId.isBlank(), "foreignId must not be blank");
		this.foreignId = foreignId;
	}

	void rename(String name) {
		this.name = name;
	}

	void reachAt(String email) {
		this.email = email;
	}

	void assignRoles(Collection<String> roles) {
		Assert.notNull(roles, "roles must not be null");
		List<String> distinct = Roles.distinct(roles);
		Assert.isTrue(distinct.size() <= Roles.MAX_COUNT, "a user holds at most " + Roles.MAX_COUNT + " roles");
		this.roles = distinct.toArray(String[]::new);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public String getPublicId() {
		return PrefixedId.format(ID_PREFIX, this.id);
	}

	public UUID getEntityId() {
		return this.entityId;
	}

	public String getForeignId() {
		return this.foreignId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public List<String> getRoles() {
		return List.of(this.roles);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
