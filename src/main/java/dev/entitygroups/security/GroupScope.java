package dev.entitygroups.security;

import java.util.UUID;

import org.springframework.util.Assert;

/**
 * What a token lets its holder read: one entity group, and, for a group user token, only
 * what that user sees in it.
 *
 * @param groupId the group
 * @param userForeignId the group user's foreign id, or {@code null} for a group token
 */
public record GroupScope(UUID groupId, String userForeignId) {

	public GroupScope {
		Assert.notNull(groupId, "groupId must not be null");
	}

	/**
	 * Tells whether the scope is one group user's rather than the whole group's.
	 * @return whether it names a user
	 */
	public boolean isUser() {
		return this.userForeignId != null;
	}

}
