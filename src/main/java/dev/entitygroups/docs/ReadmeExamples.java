package dev.entitygroups.docs;

/**
 * The JSON bodies of the README's {@code curl} lines, and what the service answers to
 * them, as the examples of the OpenAPI description.
 */
final class ReadmeExamples {

	static final String CREATE_ENTITY = """
			{"foreignId": "acme-us", "isCustomer": true, "accountType": "business",
			 "isPayor": true, "isPayee": false,
			 "profile": {"business": {"legalBusinessName": "Acme US Inc.", "email": "ap@acme.example",
			   "phone": {"countryCode": "1", "number": "4155551234"}}},
			 "metadata": {"region": "west"}}
			""";

	static final String UPDATE_ENTITY = """
			{"isPayee": true}
			""";

	static final String CREATE_ENTITY_USER = """
			{"foreignId": "MY-DB-ID-12345", "email": "john.doe@acme.com", "name": "John Doe",
			 "roles": ["admin", "approver"]}
			""";

	static final String UPDATE_ENTITY_USER = """
			{"roles": ["viewer"]}
			""";

	static final String CREATE_GROUP = """
			{"foreignId": "acme", "name": "Acme Holdings", "emailToName": "acme",
			 "metadata": {"plan": "enterprise"}, "entityIds": ["acme-us"]}
			""";

	static final String UPDATE_GROUP = """
			{"name": "Acme Group"}
			""";

	static final String ADD_ENTITIES = """
			{"entityIds": ["ent_9e02a20e-7749-47de-8d8a-f8ff2859fa90"], "copyUsersFrom": true,
			 "filterRoles": ["admin"]}
			""";

	static final String REMOVE_ENTITIES = """
			{"entityIds": ["jane-doe"]}
			""";

	static final String SAVE_GROUP_USER = """
			{"foreignId": "MY-DB-ID-12345", "email": "john.doe@acme.com", "name": "John Doe", "roles": ["viewer"],
			 "entities": [{"entityId": "ent_21661ac1-a2a8-4465-a6c0-64474ba8181d", "roles": ["admin", "approver"]}]}
			""";

	static final String UPDATE_GROUP_USER = """
			{"foreignId": "MY-DB-ID-12345", "roles": ["approver"]}
			""";

	static final String SYNC_USERS = """
			{"copyUsersFrom": "acme", "filterRoles": ["approver"], "addUsers": true, "removeUsers": true}
			""";

	static final String GROUP_TOKEN_OPTIONS = """
			{"expiresIn": "15m"}
			""";

	static final String USER_TOKEN_OPTIONS = """
			{"expiresIn": "1h", "sessionId": "checkout-7f3a",
			 "invoice": {"status": ["NEW", "APPROVED"], "lineItems": "REQUIRED"},
			 "pages": {"approvals": true, "paymentMethods": false},
			 "style": {"primaryColor": "#0a7cff"},
			 "vendors": {"network": "platform", "disableCreation": true},
			 "entity": {"enableMercoaPayments": true}}
			""";

	static final String INVALIDATE_TOKENS = """
			{"sessionId": ["checkout-7f3a"]}
			""";

	static final String TOKEN = """
			"eyJhbGciOiJIUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0..."
			""";

	static final String SESSION = """
			{"type": "entityGroupUser", "entityGroupId": "entg_2826a9bc-4455-4b01-a29c-c9382f30e231",
			 "user": {"foreignId": "MY-DB-ID-12345", "email": "john.doe@acme.com", "name": "John Doe",
			   "entities": [{"id": "user_616bb66c-f8cf-4f72-8055-2239c6439d8d",
			     "entityId": "ent_907df8ed-cd07-4fa6-b96c-3c3f068ede54", "roles": ["admin", "approver"]}],
			   "createdAt": "2026-12-03T16:58:10Z", "updatedAt": "2026-12-03T16:58:10Z"},
			 "entities": ["ent_907df8ed-cd07-4fa6-b96c-3c3f068ede54"],
			 "options": {"invoice": {"lineItems": "REQUIRED", "status": ["NEW", "APPROVED"]},
			   "pages": {"paymentMethods": false, "approvals": true}, "style": {"primaryColor": "#0a7cff"},
			   "vendors": {"disableCreation": true, "network": "platform"}, "entity": {"enableMercoaPayments": true}},
			 "sessionId": "checkout-7f3a", "expiresAt": "2026-12-03T17:00:00Z"}
			""";

	private ReadmeExamples() {
	}

}
