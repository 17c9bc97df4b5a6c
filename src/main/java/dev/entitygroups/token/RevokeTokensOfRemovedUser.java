package dev.entitygroups.token;

import dev.entitygroups.groupuser.GroupUserRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Revokes a group user's tokens when the user is deleted from the group, in the same
 * transaction, so that re-creating the user does not revive old tokens.
 */
@Component
class RevokeTokensOfRemovedUser {

	private final TokenRevocations revocations;

	RevokeTokensOfRemovedUser(TokenRevocations revocations) {
		this.revocations = revocations;
	}

	@EventListener
	void on(GroupUserRemoved removed) {
		this.revocations.revokeUser(removed.groupId(), removed.foreignId(), removed.removedAt());
	}

}
