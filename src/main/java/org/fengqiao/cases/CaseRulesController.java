package org.fengqiao.cases;

import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administration of routing rules, SLA policies and categories; reads for every logged-in user. */
@RestController
class CaseRulesController {

	private final CaseRulesAdmin admin;

	CaseRulesController(CaseRulesAdmin admin) {
		this.admin = admin;
	}

	@GetMapping("/api/routing-rules")
	List<CaseRulesAdmin.RuleView> rules() {
		return admin.routingRules(CurrentCaller.get().scope());
	}

	@PostMapping("/api/routing-rules")
	@ResponseStatus(HttpStatus.CREATED)
	CaseRulesAdmin.RuleView createRule(@RequestBody CaseRulesAdmin.RuleBody body) {
		return admin.saveRule(null, body, CurrentCaller.get());
	}

	@PutMapping("/api/routing-rules/{id}")
	CaseRulesAdmin.RuleView updateRule(@PathVariable long id, @RequestBody CaseRulesAdmin.RuleBody body) {
		return admin.saveRule(id, body, CurrentCaller.get());
	}

	@DeleteMapping("/api/routing-rules/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRule(@PathVariable long id) {
		admin.deleteRule(id, CurrentCaller.get());
	}

	@GetMapping("/api/sla-policies")
	List<CaseRulesAdmin.SlaView> sla() {
		CurrentCaller.get();
		return admin.slaPolicies();
	}

	@PostMapping("/api/sla-policies")
	@ResponseStatus(HttpStatus.CREATED)
	CaseRulesAdmin.SlaView createSla(@RequestBody CaseRulesAdmin.SlaBody body) {
		return admin.saveSla(null, body, CurrentCaller.get());
	}

	@PutMapping("/api/sla-policies/{id}")
	CaseRulesAdmin.SlaView updateSla(@PathVariable long id, @RequestBody CaseRulesAdmin.SlaBody body) {
		return admin.saveSla(id, body, CurrentCaller.get());
	}

	@PostMapping("/api/categories")
	@ResponseStatus(HttpStatus.CREATED)
	Category createCategory(@RequestBody CaseRulesAdmin.CategoryBody body) {
		return admin.saveCategory(null, body, CurrentCaller.get());
	}

	@PutMapping("/api/categories/{code}")
	Category updateCategory(@PathVariable String code, @RequestBody CaseRulesAdmin.CategoryBody body) {
		return admin.saveCategory(code, body, CurrentCaller.get());
	}
}
