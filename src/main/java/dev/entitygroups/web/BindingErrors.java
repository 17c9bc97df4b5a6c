package dev.entitygroups.web;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Words a request body or parameter that could not be bound as a broken rule: the JSON
 * path of the field and what it must be.
 */
final class BindingErrors {

	private BindingErrors() {
	}

	/**
	 * Describes why a JSON body could not be bound.
	 * @param ex the binding failure
	 * @return the field, as a JSON path ({@code body} for the whole body), and the rule
	 */
	static FieldError describe(JacksonException ex) {
		String field = jsonPath(ex);
		if (ex instanceof UnrecognizedPropertyException) {
			return new FieldError(field, "is not a known field");
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return new FieldError(field,
					"must be one of " + enumValues(invalid.getTargetType()) + ", not '" + invalid.getValue() + "'");
		}
		if (ex instanceof InvalidNullException) {
			return new FieldError(field, "must not be null");
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() != null) {
			return new FieldError(field, ex.getCause().getMessage());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return new FieldError(field, "must be " + describe(mismatched.getTargetType()));
		}
		return new FieldError(field, "has an invalid value");
	}

	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "body";
	}

	private static String enumValues(Class<?> type) {
		List<String> values = new ArrayList<>();
		for (Object constant : type.getEnumConstants()) {
			values.add(constant.toString());
		}
		return values.toString();
	}

	/**
	 * Names what a value of a type looks like, for messages such as "must be a number".
	 * @param type the expected type
	 * @return a phrase such as {@code a boolean} or {@code one of [a, b]}
	 */
	static String describe(Class<?> type) {
		if (type == Boolean.class || type == boolean.class) {
			return "a boolean";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type.isEnum()) {
			return "one of " + enumValues(type);
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}

}
