-- A group user's tokens end when the user leaves the group, by whatever path: the group
-- user deleted, its entity users deleted or renamed, sync-users removing them, its entity
-- removed from the group or deleted. These triggers record that moment as a revocation, on
-- the database's clock, so that the user coming back does not revive older tokens. A user
-- who still has an entity user elsewhere in the group has not left.

-- Revocations outlive their group: a deleted group's tokens already fail, and the rows
-- must not block the cascade that deletes the group.
ALTER TABLE group_user_token_revocations DROP CONSTRAINT group_user_token_revocations_entity_group_id_fkey;

CREATE FUNCTION revoke_tokens_when_entity_user_leaves() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.foreign_id IS NULL
            OR (TG_OP = 'UPDATE' AND NEW.foreign_id IS NOT DISTINCT FROM OLD.foreign_id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO group_user_token_revocations (entity_group_id, user_foreign_id, revoked_before)
    SELECT m.entity_group_id, OLD.foreign_id, clock_timestamp()
    FROM entity_group_members m
    WHERE m.entity_id = OLD.entity_id
      AND NOT EXISTS (SELECT 1 FROM entity_group_members o
                      JOIN entity_users u ON u.entity_id = o.entity_id
                      WHERE o.entity_group_id = m.entity_group_id AND u.foreign_id = OLD.foreign_id)
    ON CONFLICT (entity_group_id, user_foreign_id) DO UPDATE
        SET revoked_before = greatest(group_user_token_revocations.revoked_before, excluded.revoked_before);
    RETURN NULL;
END;
$$;

CREATE TRIGGER entity_users_revoke_tokens
    AFTER DELETE OR UPDATE OF foreign_id ON entity_users
    FOR EACH ROW EXECUTE FUNCTION revoke_tokens_when_entity_user_leaves();

CREATE FUNCTION revoke_tokens_when_entity_leaves_group() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO group_user_token_revocations (entity_group_id, user_foreign_id, revoked_before)
    SELECT OLD.entity_group_id, u.foreign_id, clock_timestamp()
    FROM entity_users u
    WHERE u.entity_id = OLD.entity_id AND u.foreign_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM entity_groups g WHERE g.id = OLD.entity_group_id)
      AND NOT EXISTS (SELECT 1 FROM entity_group_members o
                      JOIN entity_users v ON v.entity_id = o.entity_id
                      WHERE o.entity_group_id = OLD.entity_group_id AND v.foreign_id = u.foreign_id)
    ON CONFLICT (entity_group_id, user_foreign_id) DO UPDATE
        SET revoked_before = greatest(group_user_token_revocations.revoked_before, excluded.revoked_before);
    RETURN NULL;
END;
$$;

CREATE TRIGGER entity_group_members_revoke_tokens
    AFTER DELETE ON entity_group_members
    FOR EACH ROW EXECUTE FUNCTION revoke_tokens_when_entity_leaves_group();
