package dev.entitygroups.group;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.entitygroups.web.PrefixedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.util.Assert;

/**
 * A set of entities, such as a conglomerate's companies, that share users and tokens. Its
 * members live in {@link GroupMember} rows, added and removed with single statements so
 * that concurrent changes never clash.
 */
@Entity
@Table(name = "entity_groups")
public class EntityGroup {

	/** The prefix of a group's public id. */
	public static final String ID_PREFIX = "entg_";

	@Id
	private UUID id;

	private String foreignId;

	private String name;

	private String emailToName;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> metadata;

	private Instant createdAt;

	private Instant updatedAt;

	protected EntityGroup() {
	}

	EntityGroup(Instant now) {
		Assert.notNull(now, "now must not be null");
		this.id = UUID.randomUUID();
		this.metadata = new LinkedHashMap<>();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void identifyAs(String foreignId) {
		this.foreignId = foreignId;
	}

	void rename(String name) {
		this.name = name;
	}

	void receiveEmailAs(String emailToName) {
		this.emailToName = emailToName;
	}

	void replaceMetadata(Map<String, String> metadata) {
		this.metadata = new LinkedHashMap<>(metadata);
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

	public String getForeignId() {
		return this.foreignId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmailToName() {
		return this.emailToName;
	}

	public Map<String, String> getMetadata() {
		return (this.metadata != null) ? this.metadata : Map.of();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
