package dev.entitygroups.token;

import dev.entitygroups.web.ResourceNotFoundException;

/**
 * A token or revocation named a user that is on none of the group's entities.
 */
class GroupUserNotFoundException extends ResourceNotFoundException {

	GroupUserNotFoundException(String foreignId, String group) {
		super("user", foreignId + "' in entity group '" + group);
	}

}
