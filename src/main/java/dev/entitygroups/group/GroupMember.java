package dev.entitygroups.group;

import java.time.Instant;

import dev.entitygroups.entity.BusinessEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entity's place in a group; the id grows with every addition, so it orders the
 * members by when they were added.
 */
@Entity
@Table(name = "entity_group_members")
class GroupMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "entity_group_id")
	private EntityGroup group;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "entity_id")
	private BusinessEntity entity;

	private Instant addedAt;

	protected GroupMember() {
	}

	public EntityGroup getGroup() {
		return this.group;
	}

	public BusinessEntity getEntity() {
		return this.entity;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

}
