/**
 * The OpenAPI description of the API served at {@code /v3/api-docs} and the Swagger UI:
 * title and version, the bearer scheme, the problem+json error responses, and the tag,
 * summary and README examples of each operation.
 */
package dev.entitygroups.docs;
