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
 * The entity user endpoints: {@code /entity/{entityId}/users} and
 * {@code /entity/{entityId}/user/...}.
 */
@RestController
class EntityUserController {

	private final EntityUserService users;

	EntityUserController(EntityUserService users) {
		this.users = users;
	}

	@GetMapping("/entity/{entityId}/users")
	PageResponse<EntityUserResponse> find(@PathVariable String entityId,
			@RequestParam(required = false) @Size(max = 100) List<String> foreignId,
			@RequestParam(required = false) @Size(max = Roles.MAX_COUNT) List<String> role,
			@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String startingAfter) {
		return this.users.search(entityId, new UserFilter(foreignId, role, name, email), limit, startingAfter);
	}

	@PostMapping("/entity/{entityId}/user")
	EntityUserResponse create(@PathVariable String entityId, @Valid @RequestBody EntityUserRequest request) {
		return EntityUserResponse.of(this.users.create(entityId, request));
	}

	@GetMapping("/entity/{entityId}/user/{userId}")
	EntityUserResponse get(@PathVariable String entityId, @PathVariable String userId) {
		return EntityUserResponse.of(this.users.find(entityId, userId));
	}

	@PostMapping("/entity/{entityId}/user/{userId}")
	EntityUserResponse update(@PathVariable String entityId, @PathVariable String userId,
			@Valid @RequestBody EntityUserRequest request) {
		return EntityUserResponse.of(this.users.update(entityId, userId, request));
	}

	@DeleteMapping("/entity/{entityId}/user/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String entityId, @PathVariable String userId) {
		this.users.delete(entityId, userId);
	}

}
