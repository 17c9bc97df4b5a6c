package dev.entitygroups.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.entitygroups.web.PrefixedId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.util.Assert;

/**
 * A business or person on the platform: the unit that groups collect and users belong to.
 */
@Entity
@Table(name = "entities")
public class BusinessEntity {

	/** The prefix of an entity's public id. */
	public static final String ID_PREFIX = "ent_";

	@Id
	private UUID id;

	private String foreignId;

	private String emailTo;

	@Column(name = "is_customer")
	private boolean customer;

	@Enumerated(EnumType.STRING)
	private AccountType accountType;

	private String name;

	private String email;

	@JdbcTypeCode(SqlTypes.JSON)
	private Profile profile;

	private String status;

	private boolean acceptedTos;

	@Column(name = "is_payor")
	private boolean payor;

	@Column(name = "is_payee")
	private boolean payee;

	@Column(name = "is_network_payor")
	private boolean networkPayor;

	@Column(name = "is_network_payee")
	private boolean networkPayee;

	private String logo;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> metadata;

	private Instant createdAt;

	private Instant updatedAt;

	protected BusinessEntity() {
	}

	BusinessEntity(AccountType accountType, Profile profile, Instant now) {
		Assert.notNull(accountType, "accountType must not be null");
		Assert.isTrue(profile != null && profile.matches(accountType), "profile must match the account type");
		this.id = UUID.randomUUID();
		this.accountType = accountType;
		this.status = "unverified";
		this.metadata = new LinkedHashMap<>();
		this.createdAt = now;
		describeAs(accountType, profile, now);
	}

	void describeAs(AccountType accountType, Profile profile, Instant now) {
		Assert.isTrue(profile.matches(accountType), "profile must match the account type");
		this.accountType = accountType;
		this.profile = profile;
		this.name = profile.name();
		this.email = profile.email();
		this.updatedAt = now;
	}

	void identifyAs(String foreignId) {
		this.foreignId = foreignId;
	}

	void sendEmailTo(String emailTo) {
		this.emailTo = emailTo;
	}

	void assignRoles(boolean customer, boolean payor, boolean payee) {
		this.customer = customer;
		this.payor = payor;
		this.payee = payee;
	}

	void joinNetwork(boolean networkPayor, boolean networkPayee) {
		this.networkPayor = networkPayor;
		this.networkPayee = networkPayee;
	}

	void showLogo(String logo) {
		this.logo = logo;
	}

	void replaceMetadata(Map<String, String> metadata) {
		this.metadata = new LinkedHashMap<>(metadata);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public String getPublicId() {
		return PrefixedId.format(ID_PREFIX, this.id);
	}

	public String getForeignId() {
		return this.foreignId;
	}

	public String getEmailTo() {
		return this.emailTo;
	}

	public boolean isCustomer() {
		return this.customer;
	}

	public AccountType getAccountType() {
		return this.accountType;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public Profile getProfile() {
		return this.profile;
	}

	public String getStatus() {
		return this.status;
	}

	public boolean hasAcceptedTos() {
		return this.acceptedTos;
	}

	public boolean isPayor() {
		return this.payor;
	}

	public boolean isPayee() {
		return this.payee;
	}

	public boolean isNetworkPayor() {
		return this.networkPayor;
	}

	public boolean isNetworkPayee() {
		return this.networkPayee;
	}

	public String getLogo() {
		return this.logo;
	}

	public Map<String, String> getMetadata() {
		return (this.metadata != null) ? this.metadata : Map.of();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
