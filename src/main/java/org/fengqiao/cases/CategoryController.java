package org.fengqiao.cases;

import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/categories?kind=DISPUTE}: a kind's category tree. */
@RestController
class CategoryController {

	private final CaseRules rules;

	CategoryController(CaseRules rules) {
		this.rules = rules;
	}

	@GetMapping("/api/categories")
	List<Category> categories(@RequestParam CaseKind kind) {
		CurrentCaller.get();
		List<Category> all = rules.categories().values().stream().filter(c -> c.kind() == kind).toList();
		return all.stream().filter(c -> c.parentCode() == null)
			.map(top -> new Category(top.code(), top.name(), top.kind(), null, top.anonymousAllowed(),
					all.stream().filter(c -> top.code().equals(c.parentCode())).toList()))
			.toList();
	}
}
