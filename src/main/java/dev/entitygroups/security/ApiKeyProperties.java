package dev.entitygroups.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys the platform's backend and ops scripts authenticate with.
 *
 * @param apiKeys the accepted keys ({@code entitygroups.api-keys}, comma-separated); none
 * means a development key is generated
 */
@ConfigurationProperties("entitygroups")
record ApiKeyProperties(List<String> apiKeys) {

	public ApiKeyProperties {
		apiKeys = (apiKeys != null) ? apiKeys.stream().map(String::trim).filter((key) -> !key.isEmpty()).toList()
				: List.of();
	}

	@Override
	public String toString() {
		return "ApiKeyProperties[" + this.apiKeys.size() + " key(s)]";
	}

}
