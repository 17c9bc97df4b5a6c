package dev.entitygroups.support;

/**
 * Request bodies the tests send, as JSON text.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * A business entity that is a customer, payor and payee.
	 * @param foreignId the foreign id
	 * @param name the legal business name
	 * @return the JSON body of {@code POST /entity}
	 */
	public static String business(String foreignId, String name) {
		return """
				{"foreignId": "%s", "isCustomer": true, "accountType": "business",
				 "profile": {"business": {"legalBusinessName": "%s", "email": "billing@%s.example",
				   "phone": {"countryCode": "1", "number": "4155551234"},
				   "address": {"addressLine1": "1 Main St", "city": "Springfield", "stateOrProvince": "IL",
				     "postalCode": "62701", "country": "US"}}},
				 "isPayor": true, "isPayee": false, "metadata": {"region": "west", "tier": "gold"}}
				""".formatted(foreignId, name, foreignId);
	}

	/**
	 * An individual entity that is a payee.
	 * @param foreignId the foreign id
	 * @param firstName the first name
	 * @param lastName the last name
	 * @return the JSON body of {@code POST /entity}
	 */
	public static String individual(String foreignId, String firstName, String lastName) {
		return """
				{"foreignId": "%s", "isCustomer": false, "accountType": "individual",
				 "profile": {"individual": {"name": {"firstName": "%s", "lastName": "%s"}}},
				 "isPayor": false, "isPayee": true}
				""".formatted(foreignId, firstName, lastName);
	}

}
