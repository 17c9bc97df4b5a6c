package dev.entitygroups.entity;

import java.util.List;

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
 * The entity endpoints: {@code /entity} and {@code /entity/{entityId}}.
 */
@RestController
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	@PostMapping("/entity")
	EntityResponse create(@Valid @RequestBody EntityRequest request) {
		return EntityResponse.of(this.entities.create(request));
	}

	@GetMapping("/entity")
	PageResponse<EntityResponse> find(@RequestParam(required = false) List<String> foreignId,
			@RequestParam(required = false) String search, @RequestParam(required = false) Boolean isPayor,
			@RequestParam(required = false) Boolean isPayee, @RequestParam(required = false) Boolean isCustomer,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String startingAfter) {
		EntityFilter filter = new EntityFilter(foreignId, search, isPayor, isPayee, isCustomer);
		return this.entities.search(filter, limit, startingAfter);
	}

	@GetMapping("/entity/{entityId}")
	EntityResponse get(@PathVariable String entityId) {
		return EntityResponse.of(this.entities.find(entityId));
	}

	@PostMapping("/entity/{entityId}")
	EntityResponse update(@PathVariable String entityId, @Valid @RequestBody EntityUpdateRequest request) {
		return EntityResponse.of(this.entities.update(entityId, request));
	}

	@DeleteMapping("/entity/{entityId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String entityId) {
		this.entities.delete(entityId);
	}

}
