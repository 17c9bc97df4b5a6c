/**
 * Entity groups: named sets of entities kept in the order they were added, and the
 * lookups other features use to resolve a group id or foreign id.
 */
package dev.entitygroups.group;
