package dev.entitygroups.token;

import java.util.List;

import dev.entitygroups.security.GroupScope;
import dev.entitygroups.security.ScopedAuthentication;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller holding a verified token that still stands: it may read inside its scope.
 */
final class TokenAuthentication extends AbstractAuthenticationToken implements ScopedAuthentication {

	private final VerifiedToken token;

	private final GroupScope scope;

	TokenAuthentication(VerifiedToken token) {
		super(List.of(new SimpleGrantedAuthority("ROLE_TOKEN")));
		this.token = token;
		this.scope = new GroupScope(token.groupId(), token.userForeignId());
		setAuthenticated(true);
	}

	/**
	 * Returns the verified token.
	 * @return the token, never {@code null}
	 */
	public VerifiedToken token() {
		return this.token;
	}

	@Override
	public GroupScope scope() {
		return this.scope;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.token.type().claimValue();
	}

}
