package dev.entitygroups.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether an entity is a business or an individual; its profile must match.
 */
public enum AccountType {

	@JsonProperty("business")
	BUSINESS,

	@JsonProperty("individual")
	INDIVIDUAL;

	@Override
	public String toString() {
		return name().toLowerCase();
	}

}
