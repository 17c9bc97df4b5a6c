package dev.entitygroups.groupuser;

import java.util.List;

import dev.entitygroups.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The group user endpoints: {@code /entityGroup/{entityGroupId}/users},
 * {@code /entityGroup/{entityGroupId}/user/...} and
 * {@code /entityGroup/{entityGroupId}/sync-users}.
 */
@RestController
class GroupUserController {

	private final GroupUserService users;

	GroupUserController(GroupUserService users) {
		this.users = users;
	}

	@GetMapping("/entityGroup/{entityGroupId}/users")
	PageResponse<EntityGroupUserResponse> find(@PathVariable String entityGroupId,
			@RequestParam(required = false) @Size(max = 100) List<String> foreignId,
			@RequestParam(required = false) @Size(max = Roles.MAX_COUNT) List<String> role,
			@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String startingAfter) {
		UserFilter filter = new UserFilter(foreignId, role, name, email);
		return this.users.search(entityGroupId, filter, limit, startingAfter);
	}

	@PostMapping("/entityGroup/{entityGroupId}/user")
	EntityGroupUserResponse create(@PathVariable String entityGroupId,
			@Valid @RequestBody EntityGroupUserRequest request) {
		return this.users.upsert(entityGroupId, request);
	}

	@GetMapping("/entityGroup/{entityGroupId}/user/{foreignId}")
	EntityGroupUserResponse get(@PathVariable String entityGroupId, @PathVariable String foreignId) {
		return this.users.find(entityGroupId, foreignId);
	}

	@PostMapping("/entityGroup/{entityGroupId}/user/{foreignId}")
	EntityGroupUserResponse update(@PathVariable String entityGroupId, @PathVariable String foreignId,
			@Valid @RequestBody EntityGroupUserRequest request) {
		return this.users.update(entityGroupId, foreignId, request);
	}

	@DeleteMapping("/entityGroup/{entityGroupId}/user/{foreignId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String entityGroupId, @PathVariable String foreignId) {
		this.users.delete(entityGroupId, foreignId);
	}

	@PostMapping("/entityGroup/{entityGroupId}/sync-users")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sync(@PathVariable String entityGroupId, @Valid @RequestBody(required = false) SyncUsersRequest request) {
		this.users.sync(entityGroupId, (request != null) ? request : SyncUsersRequest.DEFAULTS);
	}

}
