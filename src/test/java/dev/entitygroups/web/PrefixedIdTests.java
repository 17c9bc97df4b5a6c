package dev.entitygroups.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrefixedIdTests {

	private static final UUID ID = UUID.fromString("0b9f6c1e-2d3a-4c5b-8e7f-1a2b3c4d5e6f");

	@Test
	void formatsPrefixAndUuid() {
		assertThat(PrefixedId.format("ent_", ID)).isEqualTo("ent_0b9f6c1e-2d3a-4c5b-8e7f-1a2b3c4d5e6f");
	}

	@Test
	void parsesItsOwnFormat() {
		assertThat(PrefixedId.parse("entg_", PrefixedId.format("entg_", ID))).contains(ID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "acme", "ent_0b9f6c1e-2d3a-4c5b-8e7f-1a2b3c4d5e6f", "entg_0b9f6c1e-2d3a-4c5b-8e7f",
			"entg_0b9f6c1e-2d3a-4c5b-8e7f-1a2b3c4d5e6g", "entg_b9f6c1e-2d3a-4c5b-8e7f-01a2b3c4d5e6f", "" })
	void readsAnythingElseAsNoId(String value) {
		assertThat(PrefixedId.parse("entg_", value)).isEmpty();
	}

	@Test
	void readsNullAsNoId() {
		assertThat(PrefixedId.parse("ent_", null)).isEmpty();
	}

}
