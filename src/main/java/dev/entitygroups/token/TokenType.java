package dev.entitygroups.token;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whom a token stands for: a whole entity group, or one group user inside it.
 */
enum TokenType {

	/**
	 * A token for an entity group.
	 */
	GROUP("entityGroup"),

	/**
	 * A token for one user of an entity group.
	 */
	USER("entityGroupUser");

	private final String claimValue;

	TokenType(String claimValue) {
		this.claimValue = claimValue;
	}

	/**
	 * Returns the value of the {@code tokenType} claim, also the JSON form.
	 * @return {@code entityGroup} or {@code entityGroupUser}
	 */
	@JsonValue
	public String claimValue() {
		return this.claimValue;
	}

	static Optional<TokenType> ofClaim(Object value) {
		return Arrays.stream(values()).filter((type) -> type.claimValue.equals(value)).findFirst();
	}

}
