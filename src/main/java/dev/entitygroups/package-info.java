/**
 * A self-hostable implementation of the Mercoa Entity Group API: entities, entity groups,
 * their users and the short-lived tokens that let an embedded page act for them.
 */
package dev.entitygroups;
