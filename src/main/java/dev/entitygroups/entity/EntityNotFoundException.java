package dev.entitygroups.entity;

import dev.entitygroups.web.ResourceNotFoundException;

/**
 * No entity has the id or foreign id a request named.
 */
public class EntityNotFoundException extends ResourceNotFoundException {

	public EntityNotFoundException(String idOrForeignId) {
		super("entity", idOrForeignId);
	}

}
