package dev.entitygroups.token;

import java.time.Instant;
import java.util.Set;

import dev.entitygroups.group.EntityGroup;
import dev.entitygroups.group.EntityGroupService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mints group and group user tokens, and revokes them.
 */
@RestController
class TokenController {

	private static final Logger logger = LoggerFactory.getLogger(TokenController.class);

	private final TokenIssuer issuer;

	private final TokenRevocations revocations;

	private final EntityGroupService groups;

	private final TokenStanding standing;

	private final TokenProperties properties;

	private final JsonMapper jsonMapper;

	private final MeterRegistry meters;

	TokenController(TokenIssuer issuer, TokenRevocations revocations, EntityGroupService groups, TokenStanding standing,
			TokenProperties properties, JsonMapper jsonMapper, MeterRegistry meters) {
		this.issuer = issuer;
		this.revocations = revocations;
		this.groups = groups;
		this.standing = standing;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
		this.meters = meters;
	}

	@PostMapping("/entityGroup/{entityGroupId}/token")
	ResponseEntity<String> groupToken(@PathVariable String entityGroupId,
			@Valid @RequestBody(required = false) TokenOptions options) {
		TokenOptions requested = requireValidLifetime(options);
		EntityGroup group = this.groups.find(entityGroupId);

		String token = this.issuer.issueGroupToken(group.getId(), requested, this.standing.now());

		return issued(TokenType.GROUP, token);
	}

	@PostMapping("/entityGroup/{entityGroupId}/user/{foreignId}/token")
	ResponseEntity<String> userToken(@PathVariable String entityGroupId, @PathVariable String foreignId,
			@Valid @RequestBody(required = false) TokenOptions options) {
		TokenOptions requested = requireValidLifetime(options);
		EntityGroup group = this.groups.find(entityGroupId);
		Instant now = this.standing.nowIfUserExists(group.getId(), foreignId)
			.orElseThrow(() -> new GroupUserNotFoundException(foreignId, entityGroupId));

		String token = this.issuer.issueUserToken(group.getId(), foreignId, requested, now);

		return issued(TokenType.USER, token);
	}

	@PostMapping("/entityGroup/{entityGroupId}/user/{foreignId}/revokeTokens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeUserTokens(@PathVariable String entityGroupId, @PathVariable String foreignId) {
		EntityGroup group = requireUser(entityGroupId, foreignId);
		this.revocations.revokeUser(group.getId(), foreignId);
		logger.info("Revoked the tokens of user {} in entity group {}.", foreignId, group.getPublicId());
	}

	@PostMapping("/organization/invalidateTokens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void invalidateTokens(@Valid @RequestBody(required = false) InvalidateTokensRequest request) {
		if (request != null && request.sessionId() != null) {
			Set<String> sessions = Set.copyOf(request.sessionId());
			this.revocations.revokeSessions(sessions);
			logger.info("Invalidated the tokens of {} session(s).", sessions.size());
		}
		else {
			this.revocations.revokeAll();
			logger.info("Invalidated every token issued up to now (break-glass).");
		}
	}

	private TokenOptions requireValidLifetime(TokenOptions options) {
		TokenOptions requested = (options != null) ? options : TokenOptions.NONE;
		requested.expiresInOrDefault().lifetime(this.properties.maxLifetime());
		return requested;
	}

	private EntityGroup requireUser(String entityGroupId, String foreignId) {
		EntityGroup group = this.groups.find(entityGroupId);
		if (this.standing.nowIfUserExists(group.getId(), foreignId).isEmpty()) {
			throw new GroupUserNotFoundException(foreignId, entityGroupId);
		}
		return group;
	}

	private ResponseEntity<String> issued(TokenType type, String token) {
		this.meters.counter("entitygroups.tokens.issued", "type", type.claimValue()).increment();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.jsonMapper.writeValueAsString(token));
	}

}
