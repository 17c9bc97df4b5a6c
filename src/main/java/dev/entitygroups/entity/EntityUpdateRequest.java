package dev.entitygroups.entity;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entity/{entityId}}: every member optional, an absent one left
 * as it is.
 *
 * @param foreignId the platform's own id, unique among entities
 * @param emailTo the local part of the entity's inbox address
 * @param isCustomer whether the entity is a customer of the platform
 * @param accountType business or individual; the profile must still match
 * @param profile the new profile, replacing the old one whole
 * @param isPayor whether the entity pays invoices
 * @param isPayee whether the entity is paid
 * @param isNetworkPayor whether other entities may find it as a payor
 * @param isNetworkPayee whether other entities may find it as a payee
 * @param logo a logo URL or data URI
 * @param metadata free string pairs, replacing the old ones
 */
record EntityUpdateRequest(@Size(min = 1, max = 255) String foreignId, @Email @Size(max = 255) String emailTo,
		Boolean isCustomer, AccountType accountType, @Valid Profile profile, Boolean isPayor, Boolean isPayee,
		Boolean isNetworkPayor, Boolean isNetworkPayee, @Size(max = 2048) String logo,
		@Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> metadata) {
}
