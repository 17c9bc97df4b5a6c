package dev.entitygroups.docs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API as a whole: its title and version, and the bearer credential every
 * operation requires.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER_SCHEME = "bearer";

	private static final String DESCRIPTION = """
			Entity groups, their entities and users, and the short-lived tokens that let an \
			embedded page act for them; compatible with the Mercoa Entity Group API. Every request \
			sends `Authorization: Bearer <API key or token>`; every error is `application/problem+json`.""";

	@Bean
	OpenApiCustomizer apiDescription(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
		SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description("An API key, or a group or group user token from a /token endpoint.");
		return (openApi) -> {
			openApi.info(new Info().title("Entity Group API").description(DESCRIPTION).version(version));
			if (openApi.getComponents() == null) {
				openApi.components(new Components());
			}
			openApi.getComponents().addSecuritySchemes(BEARER_SCHEME, bearer);
			openApi.security(List.of(new SecurityRequirement().addList(BEARER_SCHEME)));
		};
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	OpenApiCustomizer operationDescriptions() {
		return new OperationDescriptions();
	}

}
