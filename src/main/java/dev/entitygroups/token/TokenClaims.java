package dev.entitygroups.token;

import java.util.List;

/**
 * The names of the private claims of the service's tokens.
 */
final class TokenClaims {

	static final String TOKEN_TYPE = "tokenType";

	static final String ENTITY_GROUP_ID = "entityGroupId";

	static final String USER_FOREIGN_ID = "userForeignId";

	static final String SESSION_ID = "sessionId";

	static final List<String> OPTIONS = List.of("invoice", "pages", "style", "vendors", "entity");

	static final String GROUP_ID_PREFIX = "entg_";

	private TokenClaims() {
	}

}
