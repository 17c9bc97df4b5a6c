package dev.entitygroups.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <credential>} and authenticates it through the
 * providers (API key, then token); a request without the header, or with a bad one to a
 * path open to anyone, goes on anonymous.
 */
class BearerAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AuthenticationManager authenticationManager;

	private final AuthenticationEntryPoint entryPoint;

	private final RequestMatcher openPaths;

	BearerAuthenticationFilter(AuthenticationManager authenticationManager, AuthenticationEntryPoint entryPoint,
			RequestMatcher openPaths) {
		this.authenticationManager = authenticationManager;
		this.entryPoint = entryPoint;
		this.openPaths = openPaths;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			Authentication authentication = this.authenticationManager.authenticate(credentialOf(header));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
		}
		catch (AuthenticationException ex) {
			SecurityContextHolder.clearContext();
			if (!this.openPaths.matches(request)) {
				this.entryPoint.commence(request, response, ex);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static BearerCredential credentialOf(String header) {
		if (header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			throw new BadCredentialsException("The Authorization header must be 'Bearer <API key or token>'.");
		}
		return new BearerCredential(header.substring(PREFIX.length()).trim());
	}

}
