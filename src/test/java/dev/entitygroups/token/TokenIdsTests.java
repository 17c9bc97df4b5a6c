package dev.entitygroups.token;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIdsTests {

	private static final Instant ISSUED = Instant.parse("2026-12-03T10:15:30.123456Z");

	private static final Instant IAT = Instant.parse("2026-12-03T10:15:30Z");

	@Test
	void stampsTheIssueMicrosecondIntoAVersion7Uuid() {
		String jti = TokenIds.newId(ISSUED);

		assertThat(UUID.fromString(jti).version()).isEqualTo(7);
		assertThat(UUID.fromString(jti).variant()).isEqualTo(2);
		assertThat(TokenIds.issuedAt(jti, IAT)).isEqualTo(Instant.parse("2026-12-03T10:15:30.123456Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-03T10:15:30.000000Z", "2026-12-03T10:15:30.000001Z",
			"2026-12-03T10:15:30.000999Z", "2026-12-03T10:15:30.999999Z", "2026-12-03T10:15:30.500000Z" })
	void readsBackEveryMicrosecond(String issued) {
		Instant issuedAt = Instant.parse(issued);

		assertThat(TokenIds.issuedAt(TokenIds.newId(issuedAt), IAT)).isEqualTo(issuedAt);
	}

	@Test
	void makesEveryIdUnique() {
		assertThat(TokenIds.newId(ISSUED)).isNotEqualTo(TokenIds.newId(ISSUED));
	}

	@Test
	void fallsBackToIatForIdsWithoutAStamp() {
		assertThat(TokenIds.issuedAt(UUID.randomUUID().toString(), IAT)).isEqualTo(IAT);
		assertThat(TokenIds.issuedAt("not-a-uuid", IAT)).isEqualTo(IAT);
	}

	@Test
	void ignoresAStampOutsideTheSecondOfIat() {
		String jti = TokenIds.newId(ISSUED.plusSeconds(5));

		assertThat(TokenIds.issuedAt(jti, IAT)).isEqualTo(IAT);
	}

}
