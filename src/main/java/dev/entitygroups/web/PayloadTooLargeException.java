package dev.entitygroups.web;

import java.io.IOException;

/**
 * A request body grew past the size limit while it was being read.
 */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("The request body exceeds the limit of " + limit + " bytes.");
	}

}
