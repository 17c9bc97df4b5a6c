package dev.entitygroups.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records which tokens stop working: those of a group user, of a session, or all of them
 * issued up to a cut-off. The state is in PostgreSQL, so every instance honours it at
 * once.
 */
@Repository
class TokenRevocations {

	private final JdbcClient jdbc;

	TokenRevocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Revokes every token of a group user issued up to the given instant.
	 * @param groupId the group
	 * @param userForeignId the group user's foreign id
	 * @param revokedBefore the cut-off
	 */
	public void revokeUser(UUID groupId, String userForeignId, Instant revokedBefore) {
		this.jdbc.sql("""
				insert into group_user_token_revocations (entity_group_id, user_foreign_id, revoked_before)
				values (:groupId, :userForeignId, :revokedBefore)
				on conflict (entity_group_id, user_foreign_id)
				do update set revoked_before = greatest(group_user_token_revocations.revoked_before,
				    excluded.revoked_before)""")
			.param("groupId", groupId)
			.param("userForeignId", userForeignId)
			.param("revokedBefore", Timestamp.from(revokedBefore))
			.update();
	}

	/**
	 * Revokes every token carrying one of the session ids, issued up to the given
	 * instant.
	 * @param sessionIds the session ids
	 * @param revokedBefore the cut-off
	 */
	// TODO: rows older than max-lifetime plus clock-skew cover no live token; nothing
	// prunes them yet.
	void revokeSessions(Collection<String> sessionIds, Instant revokedBefore) {
		this.jdbc.sql("""
				insert into session_token_revocations (session_id, revoked_before)
				select session_id, :revokedBefore from unnest(cast(:sessionIds as text[])) as session_id
				on conflict (session_id) do update set revoked_before = greatest(
				    session_token_revocations.revoked_before, excluded.revoked_before)""")
			.param("sessionIds", sessionIds.toArray(String[]::new))
			.param("revokedBefore", Timestamp.from(revokedBefore))
			.update();
	}

	/**
	 * Revokes every token issued up to the given instant: the break-glass switch.
	 * @param revokedBefore the cut-off
	 */
	void revokeAll(Instant revokedBefore) {
		this.jdbc.sql("""
				insert into organization_token_cutoff (id, revoked_before) values (1, :revokedBefore)
				on conflict (id) do update set revoked_before = greatest(
				    organization_token_cutoff.revoked_before, excluded.revoked_before)""")
			.param("revokedBefore", Timestamp.from(revokedBefore))
			.update();
	}

}
