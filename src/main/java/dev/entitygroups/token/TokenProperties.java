package dev.entitygroups.token;

import java.time.Duration;

import dev.entitygroups.config.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of token signing and verification, bound from
 * {@code entitygroups.token.*}.
 *
 * @param secret the HS256 signing secret: at least 32 bytes of UTF-8, or {@code base64:}
 * followed by at least 32 bytes in base64; none means a generated development secret
 * @param keyId the {@code kid} of the signing secret
 * @param previousKeys verify-only keys as comma-separated {@code kid:secret} pairs
 * @param issuer the {@code iss} claim
 * @param audience the {@code aud} claim
 * @param maxLifetime the longest {@code expiresIn} accepted
 * @param clockSkew the leeway on {@code exp} and {@code iat} when verifying
 */
@ConfigurationProperties("entitygroups.token")
record TokenProperties(String secret, @DefaultValue("k1") String keyId, String previousKeys,
		@DefaultValue("entity-group-service") String issuer, @DefaultValue("entity-group-embed") String audience,
		@DefaultValue("30d") Duration maxLifetime, @DefaultValue("30s") Duration clockSkew) {

	private static final String PREFIX = "entitygroups.token.";

	public TokenProperties {
		requireText("key-id", keyId);
		requireText("issuer", issuer);
		requireText("audience", audience);
		if (maxLifetime == null || maxLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidSettingException(PREFIX + "max-lifetime",
					PREFIX + "max-lifetime is " + maxLifetime + "; it must be at least 1s.",
					"Set " + PREFIX + "max-lifetime to a duration such as 30d or 12h.");
		}
		if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new InvalidSettingException(PREFIX + "clock-skew",
					PREFIX + "clock-skew is " + clockSkew + "; it must be between 0s and 10m.",
					"Set " + PREFIX + "clock-skew to a small duration such as 30s.");
		}
	}

	private static void requireText(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidSettingException(PREFIX + name, PREFIX + name + " is blank.",
					"Set " + PREFIX + name + " to a non-blank value, or remove it to use the default.");
		}
	}

	@Override
	public String toString() {
		return "TokenProperties[keyId=" + this.keyId + ", issuer=" + this.issuer + ", audience=" + this.audience
				+ ", maxLifetime=" + this.maxLifetime + ", clockSkew=" + this.clockSkew + "]";
	}

}
