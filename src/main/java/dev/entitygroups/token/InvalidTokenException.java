package dev.entitygroups.token;

/**
 * A bearer token that must not be accepted, with the reason why; it carries no part of
 * the token, so it is safe to log.
 */
class InvalidTokenException extends RuntimeException {

	private final Reason reason;

	/**
	 * Creates the exception; its message is the reason's description.
	 * @param reason why the token is rejected, not {@code null}
	 */
	public InvalidTokenException(Reason reason) {
		super(reason.description, null, false, false);
		this.reason = reason;
	}

	/**
	 * Returns why the token was rejected, a bounded value fit for a metric tag.
	 * @return the reason, never {@code null}
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why a token was rejected.
	 */
	public enum Reason {

		/**
		 * Not a compact JWS, or a header or payload that is not valid JSON.
		 */
		MALFORMED("The token is not a well-formed signed JWT."),

		/**
		 * An {@code alg} other than HS256, including {@code none}.
		 */
		UNSUPPORTED_ALGORITHM("The token is not signed with HS256."),

		/**
		 * No {@code kid}, or one that names no configured key.
		 */
		UNKNOWN_KEY("The token names no known signing key."),

		/**
		 * A signature that does not match the header and payload.
		 */
		BAD_SIGNATURE("The token's signature does not match."),

		/**
		 * An {@code exp} in the past, beyond the clock skew.
		 */
		EXPIRED("The token has expired."),

		/**
		 * An {@code iat} or {@code nbf} in the future, beyond the clock skew.
		 */
		NOT_YET_VALID("The token is not valid yet."),

		/**
		 * An {@code iss} other than the configured issuer.
		 */
		WRONG_ISSUER("The token was issued by another issuer."),

		/**
		 * An {@code aud} without the configured audience.
		 */
		WRONG_AUDIENCE("The token is meant for another audience."),

		/**
		 * A {@code tokenType} that is neither {@code entityGroup} nor
		 * {@code entityGroupUser}.
		 */
		WRONG_TYPE("The token is not an entity group token."),

		/**
		 * A required claim is absent.
		 */
		MISSING_CLAIM("The token lacks a required claim."),

		/**
		 * A claim of the wrong type or form, or claims that contradict each other.
		 */
		INVALID_CLAIM("The token has an invalid claim."),

		/**
		 * The entity group the token names was deleted.
		 */
		GROUP_DELETED("The token's entity group no longer exists."),

		/**
		 * The group user the token names is no longer in the group.
		 */
		USER_DELETED("The token's user is no longer in the entity group."),

		/**
		 * The token was revoked: its user's tokens, its session, or all tokens.
		 */
		REVOKED("The token was revoked.");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

	}

}
