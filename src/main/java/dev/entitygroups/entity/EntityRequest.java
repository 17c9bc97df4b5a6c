package dev.entitygroups.entity;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entity}.
 *
 * @param foreignId the platform's own id, unique among entities
 * @param emailTo the local part of the entity's inbox address
 * @param isCustomer whether the entity is a customer of the platform
 * @param accountType business or individual
 * @param profile the profile, matching the account type
 * @param isPayor whether the entity pays invoices
 * @param isPayee whether the entity is paid
 * @param isNetworkPayor whether other entities may find it as a payor
 * @param isNetworkPayee whether other entities may find it as a payee
 * @param logo a logo URL or data URI
 * @param metadata free string pairs
 */
record EntityRequest(@Size(min = 1, max = 255) String foreignId, @Email @Size(max = 255) String emailTo,
		@NotNull Boolean isCustomer, @NotNull AccountType accountType, @NotNull @Valid Profile profile,
		@NotNull Boolean isPayor, @NotNull Boolean isPayee, Boolean isNetworkPayor, Boolean isNetworkPayee,
		@Size(max = 2048) String logo,
		@Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> metadata) {
}
