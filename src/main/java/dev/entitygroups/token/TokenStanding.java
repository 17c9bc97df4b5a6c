package dev.entitygroups.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells, in one query each, whether what a token names stands: when minting, that its
 * user is in the group, and when verifying, that its group and user still are and that no
 * revocation covers it. Issue and revocation times both come from the database's clock,
 * so instances whose clocks differ still agree on which came first.
 */
@Component
class TokenStanding {

	private static final String USER_PRESENT = """
			exists (select 1 from entity_group_members m
			        join entity_users u on u.entity_id = m.entity_id
			        where m.entity_group_id = :groupId and u.foreign_id = :userForeignId)""";

	private static final String STANDING = """
			select exists (select 1 from entity_groups where id = :groupId) as group_exists,
			       %s as user_exists,
			       exists (select 1 from organization_token_cutoff where revoked_before >= :issuedAt)
			       or exists (select 1 from session_token_revocations
			                  where session_id = :sessionId and revoked_before >= :issuedAt)
			       or exists (select 1 from group_user_token_revocations
			                  where entity_group_id = :groupId and user_foreign_id = :userForeignId
			                    and revoked_before >= :issuedAt) as revoked
			""".formatted(USER_PRESENT);

	private final JdbcClient jdbc;

	TokenStanding(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the database's clock, the issue time of a group token.
	 * @return the current instant, to the microsecond
	 */
	Instant now() {
		return this.jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
	}

	/**
	 * Reads the database's clock if a group user exists, the issue time of its token.
	 * @param groupId the group
	 * @param userForeignId the group user's foreign id
	 * @return the current instant, or empty when no entity of the group has the user
	 */
	Optional<Instant> nowIfUserExists(UUID groupId, String userForeignId) {
		return this.jdbc.sql("select clock_timestamp() as now, " + USER_PRESENT + " as present")
			.param("groupId", groupId)
			.param("userForeignId", userForeignId)
			.query((row, number) -> row.getBoolean("present") ? row.getTimestamp("now").toInstant() : null)
			.optional();
	}

	/**
	 * Throws unless the token's group and user exist and no revocation covers it. A user
	 * who left the group was revoked as it left (see the V4 migration), so coming back
	 * does not revive older tokens; a revocation covers the tokens issued up to the
	 * microsecond it happened.
	 * @param token a token whose signature and claims were verified
	 * @throws InvalidTokenException naming why the token no longer stands
	 */
	void requireStanding(VerifiedToken token) {
		Standing standing = this.jdbc.sql(STANDING)
			.param("groupId", token.groupId())
			.param("userForeignId", (token.userForeignId() != null) ? token.userForeignId() : "")
			.param("sessionId", (token.sessionId() != null) ? token.sessionId() : "")
			.param("issuedAt", Timestamp.from(token.issuedAt()))
			.query(Standing.class)
			.single();
		if (!standing.groupExists()) {
			throw new InvalidTokenException(InvalidTokenException.Reason.GROUP_DELETED);
		}
		if (token.type() == TokenType.USER && !standing.userExists()) {
			throw new InvalidTokenException(InvalidTokenException.Reason.USER_DELETED);
		}
		if (standing.revoked()) {
			throw new InvalidTokenException(InvalidTokenException.Reason.REVOKED);
		}
	}

	private record Standing(boolean groupExists, boolean userExists, boolean revoked) {
	}

}
