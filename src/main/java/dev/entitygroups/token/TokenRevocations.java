package dev.entitygroups.token;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records which tokens stop working: those of a group user, of a session, or all of them
 * issued up to a cut-off. The state is in PostgreSQL, so every instance honours it at
 * once, and "now" is the database's clock, the one token issue times are read from.
 */
@Repository
class TokenRevocations {

	private final JdbcClient jdbc;

	TokenRevocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Revokes every token of a group user issued up to now.
	 * @param groupId the group
	 * @param userForeignId the group user's foreign id
	 */
	void revokeUser(UUID groupId, String userForeignId) {
		this.jdbc.sql("""
				insert into group_user_token_revocations (entity_group_id, user_foreign_id, revoked_before)
				values (:groupId, :userForeignId, clock_timestamp())
				on conflict (entity_group_id, user_foreign_id)
				do update set revoked_before = greatest(group_user_token_revocations.revoked_before,
				    excluded.revoked_before)""")
			.param("groupId", groupId)
			.param("userForeignId", userForeignId)
			.update();
	}

	/**
	 * Revokes every token carrying one of the session ids, issued up to now.
	 * @param sessionIds the session ids
	 */
	// TODO: nothing prunes rows older than max-lifetime and clock-skew; they cover no
	// live token.
	void revokeSessions(Collection<String> sessionIds) {
		this.jdbc.sql("""
				insert into session_token_revocations (session_id, revoked_before)
				select session_id, clock_timestamp() from unnest(cast(:sessionIds as text[])) as session_id
				on conflict (session_id) do update set revoked_before = greatest(
				    session_token_revocations.revoked_before, excluded.revoked_before)""")
			.param("sessionIds", sessionIds.toArray(String[]::new))
			.update();
	}

	/**
	 * Revokes every token issued up to now: the break-glass switch.
	 */
	void revokeAll() {
		this.jdbc.sql("""
				insert into organization_token_cutoff (id, revoked_before) values (1, clock_timestamp())
				on conflict (id) do update set revoked_before = greatest(
				    organization_token_cutoff.revoked_before, excluded.revoked_before)""").update();
	}

}
