/**
 * Embed tokens: the options a token carries, the {@code expiresIn} lifetime grammar, the
 * HS256 signing keys, and the issuing and verifying of the JWTs themselves.
 */
package dev.entitygroups.token;
