/**
 * Who may call the API: the Spring Security chain, bearer credentials, API keys, and the
 * problem+json answers to unauthenticated and forbidden requests.
 */
package dev.entitygroups.security;
