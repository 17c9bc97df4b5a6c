-- Token revocation state. It lives here, not in memory, so that every instance of the
-- service refuses a revoked token at once. A token is refused when it was issued at or
-- before the cut-off second that applies to it.

-- Per group user: revokeTokens, and deleting the user from the group.
CREATE TABLE group_user_token_revocations (
    entity_group_id  uuid          NOT NULL REFERENCES entity_groups (id) ON DELETE CASCADE,
    user_foreign_id  varchar(255)  NOT NULL,
    revoked_before   timestamptz   NOT NULL,
    PRIMARY KEY (entity_group_id, user_foreign_id)
);

-- Per session id: POST /organization/invalidateTokens with sessionId.
CREATE TABLE session_token_revocations (
    session_id      varchar(255)  PRIMARY KEY,
    revoked_before  timestamptz   NOT NULL
);

-- The break-glass cut-off: POST /organization/invalidateTokens without sessionId.
CREATE TABLE organization_token_cutoff (
    id              smallint      PRIMARY KEY CHECK (id = 1),
    revoked_before  timestamptz   NOT NULL
);
