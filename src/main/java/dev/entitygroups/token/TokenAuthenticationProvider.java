package dev.entitygroups.token;

import dev.entitygroups.security.BearerCredential;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates a bearer credential that is a JWT: verifies it, then checks that its
 * group and user still exist and that no revocation covers it.
 */
@Component
class TokenAuthenticationProvider implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(TokenAuthenticationProvider.class);

	private final TokenVerifier verifier;

	private final TokenStanding standing;

	private final MeterRegistry meters;

	TokenAuthenticationProvider(TokenVerifier verifier, TokenStanding standing, MeterRegistry meters) {
		this.verifier = verifier;
		this.standing = standing;
		this.meters = meters;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		BearerCredential credential = (BearerCredential) authentication;
		if (!credential.looksLikeJwt()) {
			return null;
		}
		try {
			VerifiedToken token = this.verifier.verify(credential.getCredentials());
			this.standing.requireStanding(token);
			return new TokenAuthentication(token);
		}
		catch (InvalidTokenException ex) {
			logger.debug("Refused a token: {}", ex.getReason());
			failures(ex.getReason()).increment();
			throw new BadCredentialsException(ex.getMessage());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerCredential.class.isAssignableFrom(authentication);
	}

	private Counter failures(InvalidTokenException.Reason reason) {
		return Counter.builder("entitygroups.tokens.verification.failures")
			.description("Tokens refused, by reason")
			.tag("reason", reason.name().toLowerCase())
			.register(this.meters);
	}

}
