package dev.entitygroups.token;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Token ids ({@code jti}) that carry their issue time to the microsecond: UUID version 7,
 * with the millisecond in its first 48 bits and the fraction of that millisecond in the
 * next 12 (RFC 9562, method 3). {@code iat} counts whole seconds, which is too coarse to
 * tell a token minted just after a revocation from one minted just before it.
 */
final class TokenIds {

	private static final SecureRandom random = new SecureRandom();

	private TokenIds() {
	}

	/**
	 * Creates a random id stamped with an instant.
	 * @param issuedAt the issue time; its microseconds go into the id
	 * @return a version 7 UUID in its canonical text form
	 */
	static String newId(Instant issuedAt) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, issuedAt);
		long fraction = Math.floorMod(micros, 1000L) * 4096 / 1000;
		long mostSignificant = (Math.floorDiv(micros, 1000L) << 16) | 0x7000L | fraction;
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

	/**
	 * Reads the issue time a token id carries.
	 * @param jti the token id
	 * @param issuedAt the token's {@code iat}, whole seconds
	 * @return the instant to the microsecond when the id is a version 7 UUID within the
	 * second of {@code iat}, otherwise {@code iat} itself
	 */
	static Instant issuedAt(String jti, Instant issuedAt) {
		return stamp(jti).filter((stamp) -> !stamp.isBefore(issuedAt) && stamp.isBefore(issuedAt.plusSeconds(1)))
			.orElse(issuedAt);
	}

	private static Optional<Instant> stamp(String jti) {
		try {
			UUID id = UUID.fromString(jti);
			if (id.version() != 7) {
				return Optional.empty();
			}
			long bits = id.getMostSignificantBits();
			long fraction = bits & 0x0FFF;
			long micros = (fraction * 1000 + 4095) / 4096;
			return Optional.of(Instant.ofEpochMilli(bits >>> 16).plus(micros, ChronoUnit.MICROS));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
