package dev.entitygroups.group;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /entityGroup/{entityGroupId}/addEntities}.
 *
 * @param entityIds the entities to add, by id or foreign id, 1 to 100
 * @param copyUsersFrom whose users the new entities receive; absent copies nobody
 * @param filterRoles copy only users holding any of these roles; absent copies all
 */
record AddEntitiesRequest(@NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 255) String> entityIds,
		CopyUsersFrom copyUsersFrom, @Size(max = 50) List<@NotBlank @Size(max = 100) String> filterRoles) {

	CopyUsersFrom copying() {
		return (this.copyUsersFrom != null) ? this.copyUsersFrom : CopyUsersFrom.NOBODY;
	}

	List<String> rolesToCopy() {
		return (this.filterRoles != null) ? this.filterRoles : List.of();
	}

}
