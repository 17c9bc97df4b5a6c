package dev.entitygroups.token;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Binds {@code expiresIn} from a JSON string or number, keeping the text as written, and
 * rejects every other JSON type.
 */
class ExpiresInDeserializer extends ValueDeserializer<ExpiresIn> {

	@Override
	public ExpiresIn deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		return switch (parser.currentToken()) {
			case VALUE_STRING -> ExpiresIn.of(parser.getString());
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ExpiresIn.ofSeconds(parser.getString());
			default -> throw ValueInstantiationException.from(parser, "expiresIn must be a string or a number",
					context.constructType(ExpiresIn.class),
					new IllegalArgumentException("must be a string or a number"));
		};
	}

}
