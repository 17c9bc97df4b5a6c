package dev.entitygroups.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import dev.entitygroups.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The configured API keys, compared in constant time; generates a development key when
 * none is configured, and refuses to in the {@code prod} profile.
 */
@Component
class ApiKeys {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeys.class);

	private final List<byte[]> digests;

	ApiKeys(ApiKeyProperties properties, Environment environment) {
		List<String> keys = properties.apiKeys();
		if (keys.isEmpty()) {
			if (environment.acceptsProfiles(Profiles.of("prod"))) {
				throw new InvalidSettingException("entitygroups.api-keys",
						"entitygroups.api-keys is not set, and the prod profile forbids a generated key.",
						"Set entitygroups.api-keys (ENTITYGROUPS_API_KEYS) to one or more comma-separated keys.");
			}
			String generated = generateKey();
			logger.warn("entitygroups.api-keys is not set: using the development API key {} for this run only.",
					generated);
			keys = List.of(generated);
		}
		else {
			logger.info("Accepting {} configured API key(s).", keys.size());
		}
		this.digests = keys.stream().map(ApiKeys::digest).toList();
	}

	/**
	 * Tells whether a credential is one of the API keys, in time that does not depend on
	 * which key or how much of it matched.
	 * @param credential the bearer credential
	 * @return whether it is a configured key
	 */
	boolean matches(String credential) {
		byte[] candidate = digest(credential);
		boolean matched = false;
		for (byte[] key : this.digests) {
			matched |= MessageDigest.isEqual(key, candidate);
		}
		return matched;
	}

	private static String generateKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return "dev_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
