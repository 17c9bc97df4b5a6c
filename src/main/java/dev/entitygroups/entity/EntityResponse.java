package dev.entitygroups.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity as the API answers it.
 *
 * @param id the {@code ent_} id
 * @param foreignId the platform's own id
 * @param name the legal business name, or the individual's full name
 * @param email the profile's email, or empty
 * @param emailTo the local part of the inbox address
 * @param isCustomer whether the entity is a customer
 * @param accountType business or individual
 * @param profile the profile as sent, with the verification flags
 * @param status the verification status
 * @param acceptedTos whether the terms of service were accepted
 * @param isPayor whether the entity pays invoices
 * @param isPayee whether the entity is paid
 * @param isNetworkPayor whether others may find it as a payor
 * @param isNetworkPayee whether others may find it as a payee
 * @param logo the logo
 * @param metadata free string pairs, {@code {}} when none
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record EntityResponse(String id, String foreignId, String name, String email, String emailTo, boolean isCustomer,
		AccountType accountType, ProfileResponse profile, String status, boolean acceptedTos, boolean isPayor,
		boolean isPayee, boolean isNetworkPayor, boolean isNetworkPayee, String logo, Map<String, String> metadata,
		Instant createdAt, Instant updatedAt) {

	/**
	 * Describes an entity.
	 * @param entity the entity
	 * @return its response
	 */
	public static EntityResponse of(BusinessEntity entity) {
		return new EntityResponse(entity.getPublicId(), entity.getForeignId(), entity.getName(), entity.getEmail(),
				entity.getEmailTo(), entity.isCustomer(), entity.getAccountType(),
				ProfileResponse.of(entity.getProfile()), entity.getStatus(), entity.hasAcceptedTos(), entity.isPayor(),
				entity.isPayee(), entity.isNetworkPayor(), entity.isNetworkPayee(), entity.getLogo(),
				entity.getMetadata(), entity.getCreatedAt(), entity.getUpdatedAt());
	}

	/**
	 * Restricts the metadata to the given keys, as {@code returnEntityMetadata} asks.
	 * @param keys the keys to keep
	 * @return a copy with only those metadata keys
	 */
	public EntityResponse withMetadataKeys(Collection<String> keys) {
		Map<String, String> kept = new LinkedHashMap<>(this.metadata);
		kept.keySet().retainAll(keys);
		return new EntityResponse(this.id, this.foreignId, this.name, this.email, this.emailTo, this.isCustomer,
				this.accountType, this.profile, this.status, this.acceptedTos, this.isPayor, this.isPayee,
				this.isNetworkPayor, this.isNetworkPayee, this.logo, kept, this.createdAt, this.updatedAt);
	}

	/**
	 * The profile as sent, with the flags the API adds.
	 *
	 * @param business the business profile
	 * @param individual the individual profile
	 */
	public record ProfileResponse(BusinessResponse business, IndividualResponse individual) {

		static ProfileResponse of(Profile profile) {
			Profile.Business business = profile.business();
			Profile.Individual individual = profile.individual();
			return new ProfileResponse(
					(business != null) ? new BusinessResponse(business.legalBusinessName(), business.email(),
							business.businessType(), business.phone(), business.doingBusinessAs(), business.website(),
							business.description(), business.address(), false) : null,
					(individual != null) ? new IndividualResponse(individual.name(), individual.email(),
							individual.phone(), individual.address(), false, false) : null);
		}

	}

	/**
	 * A business profile with its verification flag.
	 *
	 * @param legalBusinessName the registered name
	 * @param email the contact email
	 * @param businessType the legal form
	 * @param phone the contact phone
	 * @param doingBusinessAs the trading name
	 * @param website the web site
	 * @param description what the business does
	 * @param address the registered address
	 * @param taxIDProvided whether a tax id is on file (never, in this service)
	 */
	public record BusinessResponse(String legalBusinessName, String email, String businessType, Profile.Phone phone,
			String doingBusinessAs, String website, String description, Profile.Address address,
			boolean taxIDProvided) {
	}

	/**
	 * An individual's profile with its verification flags.
	 *
	 * @param name the person's name
	 * @param email the contact email
	 * @param phone the contact phone
	 * @param address the home address
	 * @param birthDateProvided whether a birth date is on file (never, in this service)
	 * @param governmentIDProvided whether a government id is on file (never, in this
	 * service)
	 */
	public record IndividualResponse(Profile.Name name, String email, Profile.Phone phone, Profile.Address address,
			boolean birthDateProvided, boolean governmentIDProvided) {
	}

}
