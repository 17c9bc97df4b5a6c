package dev.entitygroups.token;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks, in one query, that what a verified token names still stands: its group; its
 * user, without a break since the token was issued (an entity user and its membership
 * that predate the token); and no revocation that covers it.
 */
@Component
class TokenStanding {

	private static final String QUERY = """
			select exists (select 1 from entity_groups where id = :groupId) as group_exists,
			       exists (select 1 from entity_group_members m
			               join entity_users u on u.entity_id = m.entity_id
			               where m.entity_group_id = :groupId and u.foreign_id = :userForeignId
			                 and date_trunc('milliseconds', u.created_at) <= :issuedAt
			                 and date_trunc('milliseconds', m.added_at) <= :issuedAt) as user_exists,
			       exists (select 1 from organization_token_cutoff where revoked_before >= :issuedAt)
			       or exists (select 1 from session_token_revocations
			                  where session_id = :sessionId and revoked_before >= :issuedAt)
			       or exists (select 1 from group_user_token_revocations
			                  where entity_group_id = :groupId and user_foreign_id = :userForeignId
			                    and revoked_before >= :issuedAt) as revoked
			""";

	private final JdbcClient jdbc;

	TokenStanding(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Throws unless the token's group and user exist and no revocation covers it. A user
	 * who left the group and came back does not revive tokens issued before it left; a
	 * revocation covers every token issued up to the millisecond it happened.
	 * @param token a token whose signature and claims were verified
	 * @throws InvalidTokenException naming why the token no longer stands
	 */
	void requireStanding(VerifiedToken token) {
		Standing standing = this.jdbc.sql(QUERY)
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
