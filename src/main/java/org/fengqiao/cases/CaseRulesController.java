package org.fengqiao.cases;

import org.fengqiao.cases.rules.CaseRulesAdmin;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Administration of routing rules, SLA policies and categories; reads for every logged-in user. */
@RestController
class CaseRulesController {

	private final CaseRulesAdmin admin;

	CaseRulesController(CaseRulesAdmin admin) {
		this.admin = admin;
	}

	@Operation(operationId = "listRoutingRules", summary = "List routing rules", tags = "routing rules",
			description = "The rules of the caller's town or county: category × region prefix → suggested lead unit and "
					+ "co-units.")
	@GetMapping("/api/routing-rules")
	List<CaseRulesAdmin.RuleView> rules() {
		return admin.routingRules(CurrentCaller.get().scope());
	}

	@Operation(operationId = "createRoutingRule", summary = "Create a routing rule", tags = "routing rules")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/routing-rules")
	@ResponseStatus(HttpStatus.CREATED)
	CaseRulesAdmin.RuleView createRule(@RequestBody CaseRulesAdmin.RuleBody body) {
		return admin.saveRule(null, body, CurrentCaller.get());
	}

	@Operation(operationId = "updateRoutingRule", summary = "Replace a routing rule", tags = "routing rules")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/routing-rules/{id}")
	CaseRulesAdmin.RuleView updateRule(@PathVariable long id, @RequestBody CaseRulesAdmin.RuleBody body) {
		return admin.saveRule(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "deleteRoutingRule", summary = "Delete a routing rule", tags = "routing rules")
	@ApiResponse(responseCode = "204", description = "Done, no content")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@DeleteMapping("/api/routing-rules/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRule(@PathVariable long id) {
		admin.deleteRule(id, CurrentCaller.get());
	}

	@Operation(operationId = "listSlaPolicies", summary = "List SLA policies", tags = "SLA policies",
			description = "Sign-for hours and handling working days per kind, category, priority and place: the caller "
					+ "sees the policies of their places, of the county above, and those for everywhere.")
	@GetMapping("/api/sla-policies")
	List<CaseRulesAdmin.SlaView> sla() {
		return admin.slaPolicies(CurrentCaller.get().scope());
	}

	@Operation(operationId = "createSlaPolicy", summary = "Create an SLA policy", tags = "SLA policies")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/sla-policies")
	@ResponseStatus(HttpStatus.CREATED)
	CaseRulesAdmin.SlaView createSla(@RequestBody CaseRulesAdmin.SlaBody body) {
		return admin.saveSla(null, body, CurrentCaller.get());
	}

	@Operation(operationId = "updateSlaPolicy", summary = "Replace an SLA policy", tags = "SLA policies")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/sla-policies/{id}")
	CaseRulesAdmin.SlaView updateSla(@PathVariable long id, @RequestBody CaseRulesAdmin.SlaBody body) {
		return admin.saveSla(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "createCategory", summary = "Create a category", tags = "categories",
			description = "A first-level category of a kind, or a leaf under one (`parentCode`).")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/categories")
	@ResponseStatus(HttpStatus.CREATED)
	Category createCategory(@RequestBody CaseRulesAdmin.CategoryBody body) {
		return admin.saveCategory(null, body, CurrentCaller.get());
	}

	@Operation(operationId = "updateCategory", summary = "Rename, activate or deactivate a category", tags = "categories")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/categories/{code}")
	Category updateCategory(@PathVariable String code, @RequestBody CaseRulesAdmin.CategoryBody body) {
		return admin.saveCategory(code, body, CurrentCaller.get());
	}
}
