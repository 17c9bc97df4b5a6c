package dev.entitygroups.web;

/**
 * One broken rule of a request: the field (a JSON path or a query parameter) and what is
 * wrong with it.
 *
 * @param field the field, such as {@code profile.business.legalBusinessName}
 * @param message what the field must be
 */
record FieldError(String field, String message) {
}
