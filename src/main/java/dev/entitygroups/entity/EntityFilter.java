package dev.entitygroups.entity;

import java.util.List;

import dev.entitygroups.web.CreationOrder;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /entity}; a {@code null} member does not filter.
 *
 * @param foreignIds entities with any of these foreign ids
 * @param search text the name or email contains, case-insensitive
 * @param isPayor payors or not
 * @param isPayee payees or not
 * @param isCustomer customers or not
 */
record EntityFilter(List<String> foreignIds, String search, Boolean isPayor, Boolean isPayee, Boolean isCustomer) {

	Specification<BusinessEntity> toSpecification() {
		Specification<BusinessEntity> spec = Specification.unrestricted();
		if (this.foreignIds != null && !this.foreignIds.isEmpty()) {
			spec = spec.and((root, query, cb) -> root.get("foreignId").in(this.foreignIds));
		}
		if (this.search != null && !this.search.isBlank()) {
			String pattern = CreationOrder.containsPattern(this.search.trim());
			spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
					cb.like(cb.lower(root.get("email")), pattern, '\\')));
		}
		spec = spec.and(flag("payor", this.isPayor))
			.and(flag("payee", this.isPayee))
			.and(flag("customer", this.isCustomer));
		return spec;
	}

	private static Specification<BusinessEntity> flag(String attribute, Boolean value) {
		return (value != null) ? (root, query, cb) -> cb.equal(root.get(attribute), value)
				: Specification.unrestricted();
	}

}
