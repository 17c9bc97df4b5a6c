package dev.entitygroups.groupuser;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells other features, such as tokens, whether a group user exists and what it is; each
 * method runs one query whatever the size of the group.
 */
@Service
@Transactional(readOnly = true)
public class GroupUserDirectory {

	private final EntityUserQueries queries;

	GroupUserDirectory(EntityUserQueries queries) {
		this.queries = queries;
	}

	/**
	 * Describes a group user as {@code GET /entityGroup/{id}/user/{foreignId}} answers
	 * it.
	 * @param groupId the group's key
	 * @param foreignId the user's foreign id
	 * @return the group user, or empty when no entity of the group has it
	 */
	public Optional<EntityGroupUserResponse> describe(UUID groupId, String foreignId) {
		List<EntityUserRow> rows = this.queries.usersInGroup(groupId, List.of(foreignId))
			.getOrDefault(foreignId, List.of());
		return rows.isEmpty() ? Optional.empty() : Optional.of(EntityGroupUserResponse.of(rows));
	}

}
