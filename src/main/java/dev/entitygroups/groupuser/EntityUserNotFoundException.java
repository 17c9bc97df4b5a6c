package dev.entitygroups.groupuser;

import dev.entitygroups.web.ResourceNotFoundException;

/**
 * No user of the named entity has the id a request named.
 */
class EntityUserNotFoundException extends ResourceNotFoundException {

	EntityUserNotFoundException(String userId) {
		super("entity user", userId);
	}

}
