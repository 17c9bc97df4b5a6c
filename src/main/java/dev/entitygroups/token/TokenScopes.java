package dev.entitygroups.token;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.entitygroups.entity.BusinessEntity;
import dev.entitygroups.entity.EntityService;
import dev.entitygroups.group.EntityGroup;
import dev.entitygroups.group.EntityGroupQueries;
import dev.entitygroups.group.EntityGroupService;
import dev.entitygroups.security.GroupScope;
import dev.entitygroups.security.ScopeAuthorization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPattern.PathMatchInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The reads a token may make: its group, the group's entities (for a user token, those
 * where the user exists) and their users, and the group user itself, with GET or HEAD.
 * Tokens never write.
 */
@Component
class TokenScopes implements ScopeAuthorization {

	private static final PathPatternParser parser = PathPatternParser.defaultInstance;

	private static final PathPattern SESSION = parser.parse("/session");

	private static final PathPattern GROUPS = parser.parse("/entityGroups");

	private static final PathPattern GROUP = parser.parse("/entityGroup/{entityGroupId}");

	private static final PathPattern GROUP_USERS = parser.parse("/entityGroup/{entityGroupId}/users");

	private static final PathPattern GROUP_USER = parser.parse("/entityGroup/{entityGroupId}/user/{foreignId}");

	private static final PathPattern ENTITY = parser.parse("/entity/{entityId}");

	private static final PathPattern ENTITY_USERS = parser.parse("/entity/{entityId}/users");

	private static final PathPattern ENTITY_USER = parser.parse("/entity/{entityId}/user/{userId}");

	private final EntityGroupService groups;

	private final EntityGroupQueries queries;

	private final EntityService entities;

	TokenScopes(EntityGroupService groups, EntityGroupQueries queries, EntityService entities) {
		this.groups = groups;
		this.queries = queries;
		this.entities = entities;
	}

	@Override
	public boolean permits(GroupScope scope, HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		if (SESSION.matches(path) || GROUPS.matches(path)) {
			return true;
		}
		Map<String, String> group = variables(GROUP, path).or(() -> variables(GROUP_USERS, path)).orElse(null);
		if (group != null) {
			boolean listsUsers = GROUP_USERS.matches(path);
			return isScopeGroup(scope, group.get("entityGroupId")) && !(listsUsers && scope.isUser());
		}
		Optional<Map<String, String>> groupUser = variables(GROUP_USER, path);
		if (groupUser.isPresent()) {
			String foreignId = groupUser.get().get("foreignId");
			boolean ownUser = !scope.isUser() || scope.userForeignId().equals(foreignId);
			return ownUser && isScopeGroup(scope, groupUser.get().get("entityGroupId"));
		}
		return variables(ENTITY, path).or(() -> variables(ENTITY_USERS, path))
			.or(() -> variables(ENTITY_USER, path))
			.map((entity) -> isVisibleEntity(scope, entity.get("entityId")))
			.orElse(false);
	}

	private boolean isScopeGroup(GroupScope scope, String idOrForeignId) {
		return this.groups.lookUp(idOrForeignId).map(EntityGroup::getId).filter(scope.groupId()::equals).isPresent();
	}

	private boolean isVisibleEntity(GroupScope scope, String idOrForeignId) {
		Optional<UUID> entity = this.entities.lookUp(idOrForeignId).map(BusinessEntity::getId);
		return entity.isPresent() && this.queries.isVisible(scope, entity.get());
	}

	private static Optional<Map<String, String>> variables(PathPattern pattern, PathContainer path) {
		return Optional.ofNullable(pattern.matchAndExtract(path)).map(PathMatchInfo::getUriVariables);
	}

}
