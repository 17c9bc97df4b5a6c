-- Entity user search: partial, case-insensitive name and email; limits on roles.

CREATE INDEX ix_entity_users_name_trgm ON entity_users USING gin (lower(name) gin_trgm_ops);
CREATE INDEX ix_entity_users_email_trgm ON entity_users USING gin (lower(email) gin_trgm_ops);

ALTER TABLE entity_users
    ADD CONSTRAINT ck_entity_users_roles_count CHECK (cardinality(roles) <= 50),
    ADD CONSTRAINT ck_entity_users_foreign_id_not_blank CHECK (foreign_id IS NULL OR btrim(foreign_id) <> '');
