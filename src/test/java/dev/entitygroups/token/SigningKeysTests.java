package dev.entitygroups.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.entitygroups.config.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SigningKeys}: decoding and checking the configured secrets, and the
 * development fallback.
 */
@ExtendWith(OutputCaptureExtension.class)
class SigningKeysTests {

	static final String SECRET = "a-utf8-secret-of-at-least-32-bytes";

	static final String OLD_SECRET = "an-older-secret-of-at-least-32-bytes";

	@Test
	void usesUtf8SecretAsKey() {
		SigningKeys keys = keys(SECRET, null);

		assertThat(keys.signingKeyId()).isEqualTo("k1");
		assertThat(keys.signingKey().getEncoded()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
		assertThat(keys.signingKey().getAlgorithm()).isEqualTo("HmacSHA256");
	}

	@Test
	void decodesBase64Secret() {
		byte[] bytes = new byte[32];
		bytes[0] = (byte) 0xff;

		SigningKeys keys = keys("base64:" + Base64.getEncoder().encodeToString(bytes), null);

		assertThat(keys.signingKey().getEncoded()).isEqualTo(bytes);
	}

	@Test
	void refusesWeakSecretNamingProperty() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> keys("twelve-bytes", null))
			.withMessage("entitygroups.token.secret is 12 bytes; HS256 needs at least 32 (256 bits).")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token.secret"));
	}

	@Test
	void refusesWeakBase64Secret() {
		String secret = "base64:" + Base64.getEncoder().encodeToString(new byte[31]);

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> keys(secret, null))
			.withMessage("entitygroups.token.secret is 31 bytes; HS256 needs at least 32 (256 bits).");
	}

	@Test
	void refusesMalformedBase64Secret() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> keys("base64:not base64 at all, not at all!!", null))
			.withMessage("entitygroups.token.secret is not valid base64 after 'base64:'.")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token.secret"));
	}

	@Test
	void generatesRandomKeyWhenNoSecretIsSet(CapturedOutput output) {
		SigningKeys first = keys(null, null);
		SigningKeys second = keys("", null);

		assertThat(first.signingKey().getEncoded()).hasSize(32).isNotEqualTo(second.signingKey().getEncoded());
		assertThat(output).contains("WARN")
			.contains("entitygroups.token.secret is not set")
			.contains("will not survive a restart");
	}

	@Test
	void refusesGeneratedKeyInProd() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new SigningKeys(properties(null, null), environment))
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token.secret"))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("prod"));
	}

	@Test
	void acceptsConfiguredSecretInProd() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		SigningKeys keys = new SigningKeys(properties(SECRET, null), environment);

		assertThat(keys.signingKey().getEncoded()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void logsKeyIdAndLifetimeButNeverSecrets(CapturedOutput output) {
		keys(SECRET, "k0:" + OLD_SECRET);

		assertThat(output).contains("Signing tokens with key 'k1', accepting 1 previous key(s)")
			.contains("at most 30d")
			.doesNotContain(SECRET)
			.doesNotContain(OLD_SECRET);
	}

	@Test
	void findsVerificationKeysByKeyId() {
		String base64 = Base64.getEncoder().encodeToString(OLD_SECRET.getBytes(StandardCharsets.UTF_8));

		SigningKeys keys = keys(SECRET, " k0:" + OLD_SECRET + " , k-1:base64:" + base64);

		assertThat(keys.verificationKey("k1")).contains(keys.signingKey());
		assertThat(keys.verificationKey("k0").orElseThrow().getEncoded())
			.isEqualTo(OLD_SECRET.getBytes(StandardCharsets.UTF_8));
		assertThat(keys.verificationKey("k-1").orElseThrow().getEncoded())
			.isEqualTo(OLD_SECRET.getBytes(StandardCharsets.UTF_8));
		assertThat(keys.verificationKey("k2")).isEmpty();
		assertThat(keys.verificationKey(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			older-secret-of-32-bytes-exactly | entry 1 has no ':' between its kid and its secret.
			:older-secret-of-32-bytes-exactly | entry 1 has an empty kid.
			k0:older-secret-of-32-bytes-exactly,k0:older-secret-of-32-bytes-exactly | kid 'k0' is used twice.
			k1:older-secret-of-32-bytes-exactly | kid 'k1' is used twice.
			k0:older-secret-of-32-bytes-exactly, | entry 2 has no ':' between its kid and its secret.
			""")
	void refusesMalformedPreviousKeys(String previousKeys, String problem) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> keys(SECRET, previousKeys))
			.withMessage("entitygroups.token.previous-keys is malformed: " + problem)
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token.previous-keys"));
	}

	@Test
	void refusesWeakPreviousKey() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> keys(SECRET, "k0:short"))
			.withMessage("entitygroups.token.previous-keys key 'k0' is 5 bytes; HS256 needs at least 32 (256 bits).")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("entitygroups.token.previous-keys"));
	}

	@Test
	void keepsSecretOutOfMalformedEntryMessage() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> keys(SECRET, OLD_SECRET))
			.satisfies((ex) -> assertThat(ex.getMessage() + ex.getAction()).doesNotContain(OLD_SECRET));
	}

	static SigningKeys keys(String secret, String previousKeys) {
		return new SigningKeys(properties(secret, previousKeys), new MockEnvironment());
	}

	static TokenProperties properties(String secret, String previousKeys) {
		return new TokenProperties(secret, "k1", previousKeys, "entity-group-service", "entity-group-embed",
				Duration.ofDays(30), Duration.ofSeconds(30));
	}

}
