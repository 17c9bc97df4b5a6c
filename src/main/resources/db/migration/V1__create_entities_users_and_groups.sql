-- Entities, the people inside them, entity groups and group membership.
-- Ids are UUIDs; the API prefixes them (ent_, user_, entg_).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE entities (
    id               uuid         PRIMARY KEY,
    foreign_id       varchar(255),
    email_to         varchar(255),
    is_customer      boolean      NOT NULL,
    account_type     varchar(16)  NOT NULL,
    name             varchar(512) NOT NULL,
    email            varchar(320) NOT NULL DEFAULT '',
    profile          jsonb        NOT NULL,
    status           varchar(16)  NOT NULL DEFAULT 'unverified',
    accepted_tos     boolean      NOT NULL DEFAULT false,
    is_payor         boolean      NOT NULL,
    is_payee         boolean      NOT NULL,
    is_network_payor boolean      NOT NULL DEFAULT false,
    is_network_payee boolean      NOT NULL DEFAULT false,
    logo             varchar(2048),
    metadata         jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT uq_entities_foreign_id UNIQUE (foreign_id),
    CONSTRAINT ck_entities_account_type CHECK (account_type IN ('BUSINESS', 'INDIVIDUAL'))
);

CREATE INDEX ix_entities_created ON entities (created_at, id);
CREATE INDEX ix_entities_name_trgm ON entities USING gin (lower(name) gin_trgm_ops);
CREATE INDEX ix_entities_email_trgm ON entities USING gin (lower(email) gin_trgm_ops);

CREATE TABLE entity_users (
    id          uuid         PRIMARY KEY,
    entity_id   uuid         NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    foreign_id  varchar(255),
    email       varchar(320),
    name        varchar(255),
    roles       text[]       NOT NULL DEFAULT '{}',
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT uq_entity_users_entity_foreign_id UNIQUE (entity_id, foreign_id)
);

CREATE INDEX ix_entity_users_entity_created ON entity_users (entity_id, created_at, id);
CREATE INDEX ix_entity_users_foreign_id ON entity_users (foreign_id);
CREATE INDEX ix_entity_users_roles ON entity_users USING gin (roles);

CREATE TABLE entity_groups (
    id             uuid         PRIMARY KEY,
    foreign_id     varchar(255),
    name           varchar(255),
    email_to_name  varchar(255),
    metadata       jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    CONSTRAINT uq_entity_groups_foreign_id UNIQUE (foreign_id),
    CONSTRAINT uq_entity_groups_email_to_name UNIQUE (email_to_name)
);

CREATE INDEX ix_entity_groups_created ON entity_groups (created_at, id);
CREATE INDEX ix_entity_groups_name_trgm ON entity_groups USING gin (lower(name) gin_trgm_ops);

-- One row per entity in a group; the identity column records the order entities were added in.
CREATE TABLE entity_group_members (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_group_id  uuid         NOT NULL REFERENCES entity_groups (id) ON DELETE CASCADE,
    entity_id        uuid         NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    added_at         timestamptz  NOT NULL,
    CONSTRAINT uq_entity_group_members_group_entity UNIQUE (entity_group_id, entity_id)
);

CREATE INDEX ix_entity_group_members_entity ON entity_group_members (entity_id);
