package dev.entitygroups.token;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Token ids ({@code jti}) that carry their issue time to the millisecond: UUID version 7.
 * {@code iat} counts whole seconds, which is too coarse to tell a token minted just after
 * a revocation from one minted just before it.
 */
final class TokenIds {

	private static final SecureRandom random = new SecureRandom();

	private TokenIds() {
	}

	/**
	 * Creates a random id stamped with an instant.
	 * @param issuedAt the issue time; its milliseconds go into the id
	 * @return a version 7 UUID in its canonical text form
	 */
	static String newId(Instant issuedAt) {
		long mostSignificant = (issuedAt.toEpochMilli() << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

	/**
	 * Reads the issue time a token id carries.
	 * @param jti the token id
	 * @param issuedAt the token's {@code iat}, whole seconds
	 * @return the instant to the millisecond when the id is a version 7 UUID within the
	 * second of {@code iat}, otherwise {@code iat} itself
	 */
	static Instant issuedAt(String jti, Instant issuedAt) {
		return stamp(jti).filter((stamp) -> !stamp.isBefore(issuedAt) && stamp.isBefore(issuedAt.plusSeconds(1)))
			.orElse(issuedAt);
	}

	private static Optional<Instant> stamp(String jti) {
		try {
			UUID id = UUID.fromString(jti);
			return (id.version() == 7) ? Optional.of(Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16))
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
