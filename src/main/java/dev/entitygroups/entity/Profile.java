package dev.entitygroups.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entity's profile, exactly one of {@code business} or {@code individual}, matching
 * its account type; stored as sent.
 *
 * @param business the business profile
 * @param individual the individual profile
 */
public record Profile(@Valid Business business, @Valid Individual individual) {

	boolean matches(AccountType accountType) {
		return (accountType == AccountType.BUSINESS) ? (this.business != null && this.individual == null)
				: (this.individual != null && this.business == null);
	}

	String name() {
		return (this.business != null) ? this.business.legalBusinessName() : this.individual.name().fullName();
	}

	String email() {
		String email = (this.business != null) ? this.business.email() : this.individual.email();
		return (email != null) ? email : "";
	}

	/**
	 * A business profile.
	 *
	 * @param legalBusinessName the registered name
	 * @param email the contact email
	 * @param businessType the legal form, free text
	 * @param phone the contact phone
	 * @param doingBusinessAs the trading name
	 * @param website the web site
	 * @param description what the business does
	 * @param address the registered address
	 */
	public record Business(@NotBlank @Size(max = 255) String legalBusinessName, @Email @Size(max = 320) String email,
			@Size(max = 64) String businessType, @Valid Phone phone, @Size(max = 255) String doingBusinessAs,
			@Size(max = 2048) String website, @Size(max = 2000) String description, @Valid Address address) {
	}

	/**
	 * An individual's profile.
	 *
	 * @param name the person's name
	 * @param email the contact email
	 * @param phone the contact phone
	 * @param address the home address
	 */
	public record Individual(@NotNull @Valid Name name, @Email @Size(max = 320) String email, @Valid Phone phone,
			@Valid Address address) {
	}

	/**
	 * A person's name.
	 *
	 * @param firstName the first name
	 * @param middleName the middle name
	 * @param lastName the last name
	 * @param suffix a suffix such as Jr.
	 */
	public record Name(@NotBlank @Size(max = 100) String firstName, @Size(max = 100) String middleName,
			@NotBlank @Size(max = 100) String lastName, @Size(max = 20) String suffix) {

		String fullName() {
			StringBuilder name = new StringBuilder(this.firstName);
			if (this.middleName != null && !this.middleName.isBlank()) {
				name.append(' ').append(this.middleName);
			}
			name.append(' ').append(this.lastName);
			if (this.suffix != null && !this.suffix.isBlank()) {
				name.append(' ').append(this.suffix);
			}
			return name.toString();
		}

	}

	/**
	 * A phone number.
	 *
	 * @param countryCode the country calling code, digits only
	 * @param number the number, digits only
	 */
	public record Phone(
			@NotBlank @Pattern(regexp = "\\+?[0-9]{1,4}", message = "must be 1 to 4 digits") String countryCode,
			@NotBlank @Pattern(regexp = "[0-9]{4,20}", message = "must be 4 to 20 digits") String number) {
	}

	/**
	 * A postal address.
	 *
	 * @param addressLine1 the street
	 * @param addressLine2 more of the street
	 * @param city the city
	 * @param stateOrProvince the state or province
	 * @param postalCode the postal code
	 * @param country the ISO 3166 country code
	 */
	public record Address(@NotBlank @Size(max = 255) String addressLine1, @Size(max = 255) String addressLine2,
			@NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 100) String stateOrProvince,
			@NotBlank @Size(max = 20) String postalCode, @Size(min = 2, max = 2) String country) {
	}

}
