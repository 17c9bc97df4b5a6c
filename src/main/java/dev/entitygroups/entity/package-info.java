/**
 * Entities: the businesses and people on the platform, their profiles, and the lookups
 * other features use to resolve an entity id or foreign id.
 */
package dev.entitygroups.entity;
