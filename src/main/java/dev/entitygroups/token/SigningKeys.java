package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import dev.entitygroups.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The HS256 keys, built once at startup: the configured secret signs, it and the previous
 * keys verify, each under its {@code kid}.
 */
@Component
class SigningKeys {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);

	static final int MIN_BYTES = 32;

	private static final String SECRET = "entitygroups.token.secret";

	private static final String PREVIOUS_KEYS = "entitygroups.token.previous-keys";

	private static final String BASE64_PREFIX = "base64:";

	private static final String STRONG_SECRET_ACTION = "Use at least 32 random bytes, such as 'base64:' followed by "
			+ "the output of 'openssl rand -base64 32'.";

	private final String signingKeyId;

	private final Map<String, SecretKey> verificationKeys;

	SigningKeys(TokenProperties properties, Environment environment) {
		this.signingKeyId = properties.keyId();
		this.verificationKeys = new LinkedHashMap<>();
		this.verificationKeys.put(this.signingKeyId, signingKey(properties.secret(), environment));
		addPreviousKeys(properties.previousKeys());
		int previous = this.verificationKeys.size() - 1;
		String maxLifetime = ExpiresIn.format(properties.maxLifetime());
		logger.info("Signing tokens with key '{}', accepting {} previous key(s); tokens live at most {}.",
				this.signingKeyId, previous, maxLifetime);
	}

	/**
	 * Returns the {@code kid} of the signing key.
	 * @return the key id, never {@code null}
	 */
	String signingKeyId() {
		return this.signingKeyId;
	}

	/**
	 * Returns the key that signs new tokens.
	 * @return the HS256 key, never {@code null}
	 */
	SecretKey signingKey() {
		return this.verificationKeys.get(this.signingKeyId);
	}

	/**
	 * Looks up a key that verifies tokens: the signing key or a previous key.
	 * @param keyId the {@code kid} of a token header; may be {@code null}
	 * @return the key, or empty when no key has that id
	 */
	Optional<SecretKey> verificationKey(String keyId) {
		if (keyId == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.verificationKeys.get(keyId));
	}

	private static SecretKey signingKey(String secret, Environment environment) {
		if (secret != null && !secret.isBlank()) {
			return hmacKey(decode(secret, SECRET, SECRET));
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new InvalidSettingException(SECRET,
					SECRET + " is not set, and the prod profile forbids a generated secret.",
					"Set " + SECRET + " (ENTITYGROUPS_TOKEN_SECRET) to at least " + MIN_BYTES + " random bytes.");
		}
		logger.warn("{} is not set: signing tokens with a random key, so they will not survive a restart.", SECRET);
		byte[] generated = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(generated);
		return hmacKey(generated);
	}

	private void addPreviousKeys(String previousKeys) {
		if (previousKeys == null || previousKeys.isBlank()) {
			return;
		}
		String[] entries = previousKeys.split(",", -1);
		for (int i = 0; i < entries.length; i++) {
			String entry = entries[i].trim();
			int colon = entry.indexOf(':');
			if (colon < 0) {
				throw malformedPreviousKeys("entry " + (i + 1) + " has no ':' between its kid and its secret.");
			}
			String keyId = entry.substring(0, colon).trim();
			if (keyId.isEmpty()) {
				throw malformedPreviousKeys("entry " + (i + 1) + " has an empty kid.");
			}
			if (this.verificationKeys.containsKey(keyId)) {
				throw malformedPreviousKeys("kid '" + keyId + "' is used twice.");
			}
			String secret = entry.substring(colon + 1).trim();
			String label = PREVIOUS_KEYS + " key '" + keyId + "'";
			this.verificationKeys.put(keyId, hmacKey(decode(secret, PREVIOUS_KEYS, label)));
		}
	}

	private static byte[] decode(String secret, String property, String label) {
		byte[] bytes;
		if (secret.startsWith(BASE64_PREFIX)) {
			try {
				bytes = Base64.getDecoder().decode(secret.substring(BASE64_PREFIX.length()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidSettingException(property, label + " is not valid base64 after 'base64:'.",
						STRONG_SECRET_ACTION);
			}
		}
		else {
			bytes = secret.getBytes(StandardCharsets.UTF_8);
		}
		if (bytes.length < MIN_BYTES) {
			String problem = label + " is " + bytes.length + " bytes; HS256 needs at least 32 (256 bits).";
			throw new InvalidSettingException(property, problem, STRONG_SECRET_ACTION);
		}
		return bytes;
	}

	private static InvalidSettingException malformedPreviousKeys(String problem) {
		return new InvalidSettingException(PREVIOUS_KEYS, PREVIOUS_KEYS + " is malformed: " + problem,
				"Write " + PREVIOUS_KEYS + " as comma-separated kid:secret pairs with distinct kids.");
	}

	private static SecretKey hmacKey(byte[] bytes) {
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

}
