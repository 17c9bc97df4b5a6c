/**
 * Entity users, the people inside one entity with free-form roles, and group users, the
 * entity users sharing one foreign id across a group's entities: their endpoints, the
 * copying and syncing of users between a group's entities, and the lookups the token
 * feature uses to tell whether a group user exists.
 */
package dev.entitygroups.groupuser;
