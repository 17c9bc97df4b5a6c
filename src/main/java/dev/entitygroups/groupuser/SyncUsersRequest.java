package dev.entitygroups.groupuser;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup/{entityGroupId}/sync-users}.
 *
 * @param copyUsersFrom the entity whose users are the reference, by id or foreign id; it
 * must be in the group; absent picks the entity with the most users
 * @param filterRoles only users holding any of these roles are added or removed; absent
 * is all users
 * @param addUsers add the reference's users to entities lacking them (default true)
 * @param removeUsers remove users the reference lacks from the other entities (default
 * false)
 */
record SyncUsersRequest(@Size(min = 1, max = 255) String copyUsersFrom,
		@Size(max = Roles.MAX_COUNT) List<@NotBlank @Size(max = Roles.MAX_LENGTH) String> filterRoles, Boolean addUsers,
		Boolean removeUsers) {

	static final SyncUsersRequest DEFAULTS = new SyncUsersRequest(null, null, null, null);

	List<String> rolesToSync() {
		return (this.filterRoles != null) ? this.filterRoles : List.of();
	}

	boolean adds() {
		return !Boolean.FALSE.equals(this.addUsers);
	}

	boolean removes() {
		return Boolean.TRUE.equals(this.removeUsers);
	}

}
