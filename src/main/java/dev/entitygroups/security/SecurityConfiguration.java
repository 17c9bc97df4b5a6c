package dev.entitygroups.security;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain: stateless bearer authentication (API keys, then tokens),
 * open health probes and API documentation, everything else authorized by credential and
 * scope.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** What anyone may read: the health probes and the API description. */
	private static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	AuthenticationManager bearerAuthenticationManager(List<AuthenticationProvider> providers) {
		ProviderManager manager = new ProviderManager(providers);
		manager.setEraseCredentialsAfterAuthentication(false);
		return manager;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager bearerAuthenticationManager,
			ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler accessDeniedHandler,
			ScopeAuthorization scopeAuthorization) {
		RequestMatcher open = new OrRequestMatcher(Stream.of(OPEN_PATHS)
			.map(PathPatternRequestMatcher::pathPattern)
			.map(RequestMatcher.class::cast)
			.toList());
		BearerAuthenticationFilter bearer = new BearerAuthenticationFilter(bearerAuthenticationManager, entryPoint,
				open);
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(open)
				.permitAll()
				.anyRequest()
				.access(new CredentialAuthorization(scopeAuthorization)))
			.addFilterBefore(bearer, AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.build();
	}

}
