package org.fengqiao.cases;

import java.util.List;

/** A node of a kind's two-level category tree: {@code {"code","name","kind","children":[…]}}. */
public record Category(String code, String name, CaseKind kind, String parentCode, boolean anonymousAllowed,
		List<Category> children) {
}
