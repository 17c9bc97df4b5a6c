/**
 * What every controller shares: the problem+json error body, domain exceptions that map
 * to it, prefixed identifiers, paging and the request size limit.
 */
package dev.entitygroups.web;
