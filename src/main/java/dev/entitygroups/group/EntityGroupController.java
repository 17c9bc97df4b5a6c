package dev.entitygroups.group;

import java.util.List;

import dev.entitygroups.security.CallerScope;
import dev.entitygroups.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
 * The entity group endpoints: {@code /entityGroups} and {@code /entityGroup/...}.
 */
@RestController
class EntityGroupController {

	private final EntityGroupService groups;

	private final EntityGroupQueries queries;

	EntityGroupController(EntityGroupService groups, EntityGroupQueries queries) {
		this.groups = groups;
		this.queries = queries;
	}

	@GetMapping("/entityGroups")
	PageResponse<EntityGroupResponse> find(@RequestParam(required = false) String search,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String startingAfter) {
		return this.queries.search(search, CallerScope.current(), limit, startingAfter);
	}

	@PostMapping("/entityGroup")
	EntityGroupResponse create(@Valid @RequestBody EntityGroupRequest request) {
		return this.queries.describe(this.groups.create(request), List.of());
	}

	@GetMapping("/entityGroup/{entityGroupId}")
	EntityGroupResponse get(@PathVariable String entityGroupId,
			@RequestParam(required = false) List<String> returnEntityMetadata) {
		EntityGroup group = this.groups.find(entityGroupId);
		List<String> keys = (returnEntityMetadata != null) ? returnEntityMetadata : List.of();
		return this.queries.describeFor(group, keys, CallerScope.current());
	}

	@PostMapping("/entityGroup/{entityGroupId}")
	EntityGroupResponse update(@PathVariable String entityGroupId,
			@Valid @RequestBody EntityGroupUpdateRequest request) {
		return this.queries.describe(this.groups.update(entityGroupId, request), List.of());
	}

	@DeleteMapping("/entityGroup/{entityGroupId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String entityGroupId) {
		this.groups.delete(entityGroupId);
	}

	@PostMapping("/entityGroup/{entityGroupId}/addEntities")
	EntityGroupResponse addEntities(@PathVariable String entityGroupId,
			@Valid @RequestBody AddEntitiesRequest request) {
		EntityGroup group = this.groups.addEntities(entityGroupId, request.entityIds(), request.copying(),
				request.rolesToCopy());
		return this.queries.describe(group, List.of());
	}

	@PostMapping("/entityGroup/{entityGroupId}/removeEntities")
	EntityGroupResponse removeEntities(@PathVariable String entityGroupId,
			@Valid @RequestBody EntityIdsRequest request) {
		EntityGroup group = this.groups.removeEntities(entityGroupId, request.entityIds());
		return this.queries.describe(group, List.of());
	}

}
