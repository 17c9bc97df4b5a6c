package dev.entitygroups.token;

import java.util.List;
import java.util.Set;

import dev.entitygroups.token.TokenOptions.InvoiceStatus;
import dev.entitygroups.token.TokenOptions.LineItemAvailability;
import dev.entitygroups.token.TokenOptions.VendorNetwork;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TokenOptions}: binding with the application's strict JSON mapper, then
 * Bean Validation, as the token endpoints do.
 */
@JsonTest
class TokenOptionsTests {

	private static final ValidatorFactory validatorFactory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = validatorFactory.getValidator();

	@Autowired
	private JsonMapper jsonMapper;

	@AfterAll
	static void closeValidatorFactory() {
		validatorFactory.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{}
			{"expiresIn": "1h"}
			{"expiresIn": 3600}
			{"expiresIn": 1.5}
			{"expiresIn": null}
			{"invoice": {"status": ["DRAFT", "NEW"]}}
			{"invoice": {"lineItems": "REQUIRED", "status": [], "recurring": false}}
			{"pages": {"paymentMethods": true, "representatives": false, "notifications": true}}
			{"pages": {"counterparties": true, "approvals": false, "emailLog": true}}
			{"style": {"primaryColor": "#abc"}}
			{"style": {"primaryColor": "#1F6FEB"}}
			{"vendors": {"network": "platform"}}
			{"vendors": {"disableCreation": true, "network": "entity"}}
			{"entity": {"enableMercoaPayments": true}}
			{"sessionId": "s"}
			""")
	void acceptsValidOptions(String json) {
		TokenOptions options = this.jsonMapper.readValue(json, TokenOptions.class);

		assertThat(validator.validate(options)).isEmpty();
	}

	@ParameterizedTest(name = "{0} is rejected at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"expiresIn": true}                                  | expiresIn
			{"expiresIn": {"value": "1h"}}                       | expiresIn
			{"expiresIn": ["1h"]}                                | expiresIn
			{"expiresAt": "1h"}                                  | expiresAt
			{"pages": {"paymentMethods": true, "payments": true}} | pages.payments
			{"pages": {"approvals": "true"}}                     | pages.approvals
			{"pages": {"approvals": 1}}                          | pages.approvals
			{"invoice": {"status": ["draft"]}}                   | invoice.status[0]
			{"invoice": {"status": ["VOID"]}}                    | invoice.status[0]
			{"invoice": {"status": "PAID"}}                      | invoice.status
			{"invoice": {"status": [3]}}                         | invoice.status[0]
			{"invoice": {"lineItems": "optional", "status": []}} | invoice.lineItems
			{"vendors": {"network": "ALL"}}                      | vendors.network
			{"vendors": {"network": 0}}                          | vendors.network
			{"style": "#fff"}                                    | style
			{"entity": {"enableMercoaPayments": true, "kyb": 1}} | entity.kyb
			""")
	void rejectsMalformedOptionsWhileBinding(String json, String field) {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.jsonMapper.readValue(json, TokenOptions.class))
			.satisfies((ex) -> assertThat(pathOf(ex)).isEqualTo(field));
	}

	@Test
	void explainsThatExpiresInMustBeStringOrNumber() {
		assertThatExceptionOfType(ValueInstantiationException.class)
			.isThrownBy(() -> this.jsonMapper.readValue("{\"expiresIn\": false}", TokenOptions.class))
			.satisfies((ex) -> assertThat(ex.getCause()).hasMessage("must be a string or a number"));
	}

	@ParameterizedTest(name = "{0} breaks {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"invoice": {}}                                  | invoice.status
			{"invoice": {"status": ["PAID", null]}}          | invoice.status[1]
			{"style": {}}                                    | style.primaryColor
			{"style": {"primaryColor": "red"}}               | style.primaryColor
			{"style": {"primaryColor": "fff"}}               | style.primaryColor
			{"style": {"primaryColor": "#ff"}}               | style.primaryColor
			{"style": {"primaryColor": "#ffff"}}             | style.primaryColor
			{"style": {"primaryColor": "#12345"}}            | style.primaryColor
			{"style": {"primaryColor": "#1234567"}}          | style.primaryColor
			{"style": {"primaryColor": "#ggg"}}              | style.primaryColor
			{"style": {"primaryColor": "#fff;}"}}            | style.primaryColor
			{"style": {"primaryColor": "#fff\\n"}}           | style.primaryColor
			{"style": {"primaryColor": " #fff"}}             | style.primaryColor
			{"vendors": {"disableCreation": true}}           | vendors.network
			{"sessionId": ""}                                | sessionId
			""")
	void rejectsOptionsThatBreakARule(String json, String field) {
		TokenOptions options = this.jsonMapper.readValue(json, TokenOptions.class);

		Set<ConstraintViolation<TokenOptions>> violations = validator.validate(options);

		assertThat(violations).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath().toString()).startsWith(field));
	}

	@Test
	void acceptsSessionIdOfTwoHundredFiftyFiveCharacters() {
		TokenOptions options = withSessionId("s".repeat(255));

		assertThat(validator.validate(options)).isEmpty();
	}

	@Test
	void rejectsSessionIdOfTwoHundredFiftySixCharacters() {
		TokenOptions options = withSessionId("s".repeat(256));

		assertThat(validator.validate(options)).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("sessionId"));
	}

	@Test
	void bindsEveryOptionWithTheSdkSpelling() {
		String json = """
				{"expiresIn": "90m", "sessionId": "session_123",
				 "invoice": {"lineItems": "DISABLED", "status": ["UNASSIGNED", "DRAFT", "NEW", "APPROVED",
				   "SCHEDULED", "PENDING", "PAID", "ARCHIVED", "REFUSED", "CANCELED", "FAILED"], "recurring": true},
				 "pages": {"emailLog": true}, "style": {"primaryColor": "#abcdef"},
				 "vendors": {"disableCreation": false, "network": "all"}, "entity": {"enableMercoaPayments": false}}
				""";

		TokenOptions options = this.jsonMapper.readValue(json, TokenOptions.class);

		assertThat(options.expiresIn()).isEqualTo(ExpiresIn.of("90m"));
		assertThat(options.sessionId()).isEqualTo("session_123");
		assertThat(options.invoice().lineItems()).isEqualTo(LineItemAvailability.DISABLED);
		assertThat(options.invoice().status()).containsExactly(InvoiceStatus.values());
		assertThat(options.invoice().recurring()).isTrue();
		assertThat(options.pages()).isEqualTo(new TokenOptions.Pages(null, null, null, null, null, true));
		assertThat(options.style().primaryColor()).isEqualTo("#abcdef");
		assertThat(options.vendors()).isEqualTo(new TokenOptions.Vendors(false, VendorNetwork.ALL));
		assertThat(options.entity()).isEqualTo(new TokenOptions.Entity(false));
	}

	@Test
	void bindsNumericExpiresInAsSeconds() {
		TokenOptions options = this.jsonMapper.readValue("{\"expiresIn\": 7200}", TokenOptions.class);

		assertThat(options.expiresIn()).isEqualTo(ExpiresIn.ofSeconds("7200"));
	}

	@Test
	void defaultsExpiresInToOneHour() {
		TokenOptions options = this.jsonMapper.readValue("{}", TokenOptions.class);

		assertThat(options.expiresInOrDefault()).isEqualTo(ExpiresIn.DEFAULT);
	}

	private static TokenOptions withSessionId(String sessionId) {
		return new TokenOptions(null, null, null, null, null, null, sessionId);
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		List<JacksonException.Reference> references = ex.getPath();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
