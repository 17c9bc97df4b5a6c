package dev.entitygroups.token;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIdsTests {

	private static final Instant ISSUED = Instant.parse("2026-12-03T10:15:30.123456Z");

	private static final Instant IAT = Instant.parse("2026-12-03T10:15:30Z");

	@Test
	void stampsTheIssueMillisecondIntoAVersion7Uuid() {
		String jti = TokenIds.newId(ISSUED);

		assertThat(UUID.fromString(jti).version()).isEqualTo(7);
		assertThat(UUID.fromString(jti).variant()).isEqualTo(2);
		assertThat(TokenIds.issuedAt(jti, IAT)).isEqualTo(Instant.parse("2026-12-03T10:15:30.123Z"));
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
