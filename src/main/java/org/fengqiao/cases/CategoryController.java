package org.fengqiao.cases;

import org.fengqiao.cases.rules.CaseRules;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/categories?kind=DISPUTE}: a kind's category tree. */
@RestController
@Tag(name = "categories")
class CategoryController {

	private final CaseRules rules;

	CategoryController(CaseRules rules) {
		this.rules = rules;
	}

	@Operation(operationId = "listCategories", summary = "List the category tree of a case kind",
			description = "First-level categories with their leaves as `children`.")
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
