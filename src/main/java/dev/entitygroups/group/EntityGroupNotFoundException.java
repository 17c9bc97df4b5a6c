package dev.entitygroups.group;

import dev.entitygroups.web.ResourceNotFoundException;

/**
 * No entity group has the id or foreign id a request named.
 */
class EntityGroupNotFoundException extends ResourceNotFoundException {

	public EntityGroupNotFoundException(String idOrForeignId) {
		super("entity group", idOrForeignId);
	}

}
