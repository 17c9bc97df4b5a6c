package dev.entitygroups.entity;

import dev.entitygroups.support.Fixtures;
import dev.entitygroups.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class EntityIntegrationTests extends IntegrationTestSupport {

	@Test
	void createsBusinessEntity() {
		String foreignId = unique("acme");

		this.api.post()
			.uri("/entity")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Fixtures.business(foreignId, "Acme Corp"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.value((String id) -> assertThat(id).matches("ent_[0-9a-f-]{36}"))
			.jsonPath("$.foreignId")
			.isEqualTo(foreignId)
			.jsonPath("$.name")
			.isEqualTo("Acme Corp")
			.jsonPath("$.email")
			.isEqualTo("billing@" + foreignId + ".example")
			.jsonPath("$.accountType")
			.isEqualTo("business")
			.jsonPath("$.isCustomer")
			.isEqualTo(true)
			.jsonPath("$.isPayor")
			.isEqualTo(true)
			.jsonPath("$.isPayee")
			.isEqualTo(false)
			.jsonPath("$.isNetworkPayor")
			.isEqualTo(false)
			.jsonPath("$.status")
			.isEqualTo("unverified")
			.jsonPath("$.acceptedTos")
			.isEqualTo(false)
			.jsonPath("$.profile.business.legalBusinessName")
			.isEqualTo("Acme Corp")
			.jsonPath("$.profile.business.taxIDProvided")
			.isEqualTo(false)
			.jsonPath("$.profile.business.address.city")
			.isEqualTo("Springfield")
			.jsonPath("$.metadata.region")
			.isEqualTo("west")
			.jsonPath("$.createdAt")
			.exists();
	}

}
