package dev.entitygroups.token;

import java.util.List;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.group.EntityGroup;
import dev.entitygroups.group.EntityGroupQueries;
import dev.entitygroups.groupuser.EntityGroupUserResponse;
import dev.entitygroups.groupuser.GroupUserDirectory;
import dev.entitygroups.web.PrefixedId;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /session}: what the caller's token stands for, the first call of an embedded
 * page.
 */
@RestController
class SessionController {

	private final EntityGroupQueries groups;

	private final GroupUserDirectory users;

	SessionController(EntityGroupQueries groups, GroupUserDirectory users) {
		this.groups = groups;
		this.users = users;
	}

	@GetMapping("/session")
	SessionResponse session(Authentication authentication) {
		if (!(authentication instanceof TokenAuthentication caller)) {
			throw new SessionRequiresTokenException();
		}
		VerifiedToken token = caller.token();
		List<String> entities = this.groups.visibleEntityIds(caller.scope())
			.stream()
			.map((id) -> PrefixedId.format(BusinessEntity.ID_PREFIX, id))
			.toList();
		EntityGroupUserResponse user = (token.type() == TokenType.USER)
				? this.users.describe(token.groupId(), token.userForeignId()).orElse(null) : null;
		return new SessionResponse(token.type(), PrefixedId.format(EntityGroup.ID_PREFIX, token.groupId()), user,
				entities, token.options(), token.sessionId(), token.expiresAt());
	}

}
