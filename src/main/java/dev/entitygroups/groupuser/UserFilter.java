package dev.entitygroups.groupuser;

import java.util.List;
import java.util.Map;

import dev.entitygroups.web.CreationOrder;

/**
 * The filters of the user lists, turned into SQL conditions on {@code entity_users u}; an
 * empty or {@code null} member does not filter.
 *
 * @param foreignIds users with any of these foreign ids
 * @param roles users holding any of these roles
 * @param name text the name contains, case-insensitive
 * @param email text the email contains, case-insensitive
 */
record UserFilter(List<String> foreignIds, List<String> roles, String name, String email) {

	/**
	 * Appends one {@code and ...} condition per filter, with named parameters.
	 * @param sql the statement being built, ending in a {@code where} clause
	 * @param params the parameters, to which the filter's are added
	 */
	void appendTo(StringBuilder sql, Map<String, Object> params) {
		if (this.foreignIds != null && !this.foreignIds.isEmpty()) {
			sql.append(" and u.foreign_id in (:foreignIds)");
			params.put("foreignIds", this.foreignIds);
		}
		if (this.roles != null && !this.roles.isEmpty()) {
			sql.append(" and u.roles && cast(:roles as text[])");
			params.put("roles", Roles.toArray(this.roles));
		}
		if (this.name != null && !this.name.isBlank()) {
			sql.append(" and lower(u.name) like :name escape '\\'");
			params.put("name", CreationOrder.containsPattern(this.name.trim()));
		}
		if (this.email != null && !this.email.isBlank()) {
			sql.append(" and lower(u.email) like :email escape '\\'");
			params.put("email", CreationOrder.containsPattern(this.email.trim()));
		}
	}

}
