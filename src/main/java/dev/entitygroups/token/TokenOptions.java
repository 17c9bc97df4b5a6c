package dev.entitygroups.token;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The TokenGenerationOptions body of the token endpoints; every option but
 * {@code expiresIn} is copied into the token as validated.
 *
 * @param expiresIn the token's lifetime; {@code null} means {@link ExpiresIn#DEFAULT}
 * @param invoice what the embedded invoice pages may do
 * @param pages which embedded pages are shown
 * @param style how the embedded pages look
 * @param vendors what the embedded vendor pages may do
 * @param entity what the embedded entity onboarding asks for
 * @param sessionId the session the token belongs to, for invalidation by session
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenOptions(ExpiresIn expiresIn, @Valid Invoice invoice, @Valid Pages pages, @Valid Style style,
		@Valid Vendors vendors, @Valid Entity entity,
		@Size(min = 1, max = 255) @Pattern(regexp = TokenOptions.PRINTABLE,
				message = "must not hold control characters") String sessionId) {

	/**
	 * Text without control characters (NUL included), for values that end up in SQL
	 * parameters and logs.
	 */
	static final String PRINTABLE = "[^\\p{Cntrl}]*";

	/**
	 * No options: a one-hour token with nothing else in it.
	 */
	public static final TokenOptions NONE = new TokenOptions(null, null, null, null, null, null, null);

	/**
	 * Returns the requested lifetime, or the default one.
	 * @return the {@code expiresIn} to resolve, never {@code null}
	 */
	public ExpiresIn expiresInOrDefault() {
		return (this.expiresIn != null) ? this.expiresIn : ExpiresIn.DEFAULT;
	}

	/**
	 * The invoice options.
	 *
	 * @param lineItems whether line items are disabled, optional or required
	 * @param status the invoice statuses shown
	 * @param recurring whether recurring invoice templates are available
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Invoice(LineItemAvailability lineItems, @NotNull List<@NotNull InvoiceStatus> status,
			Boolean recurring) {
	}

	/**
	 * Which embedded pages are shown.
	 *
	 * @param paymentMethods the payment methods page
	 * @param representatives the representatives page
	 * @param notifications the notifications page
	 * @param counterparties the counterparties page
	 * @param approvals the approvals page
	 * @param emailLog the email log page
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Pages(Boolean paymentMethods, Boolean representatives, Boolean notifications, Boolean counterparties,
			Boolean approvals, Boolean emailLog) {
	}

	/**
	 * How the embedded pages look; the colour ends up in a page's CSS.
	 *
	 * @param primaryColor a CSS hex colour, {@code #rgb} or {@code #rrggbb}
	 */
	public record Style(@NotNull @Pattern(regexp = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
			message = "must be a CSS hex colour such as #1f6feb or #abc") String primaryColor) {
	}

	/**
	 * What the embedded vendor pages may do.
	 *
	 * @param disableCreation whether creating vendors is disabled
	 * @param network which vendors are offered
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Vendors(Boolean disableCreation, @NotNull VendorNetwork network) {
	}

	/**
	 * What the embedded entity onboarding asks for.
	 *
	 * @param enableMercoaPayments whether the entity must complete KYB to use payment
	 * rails
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entity(Boolean enableMercoaPayments) {
	}

	/**
	 * Whether invoices may, must or must not have line items.
	 */
	public enum LineItemAvailability {

		DISABLED, OPTIONAL, REQUIRED

	}

	/**
	 * The statuses of an invoice.
	 */
	public enum InvoiceStatus {

		UNASSIGNED, DRAFT, NEW, APPROVED, SCHEDULED, PENDING, PAID, ARCHIVED, REFUSED, CANCELED, FAILED

	}

	/**
	 * Which vendors the embedded pages offer.
	 */
	public enum VendorNetwork {

		@JsonProperty("all")
		ALL,

		@JsonProperty("platform")
		PLATFORM,

		@JsonProperty("entity")
		ENTITY;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
