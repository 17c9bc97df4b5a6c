package dev.entitygroups.groupuser;

import dev.entitygroups.web.ResourceNotFoundException;

/**
 * No entity of the named group has a user with the foreign id a request named.
 */
class GroupUserNotFoundException extends ResourceNotFoundException {

	GroupUserNotFoundException(String foreignId) {
		super("entity group user", foreignId);
	}

}
