/**
 * The OpenAPI description of the API served at {@code /v3/api-docs} and the Swagger UI:
 * title and version, the bearer scheme, and the problem+json error responses.
 */
package dev.entitygroups.docs;
