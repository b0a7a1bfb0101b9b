package org.fengqiao.people.special;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "special populations")
class FollowUpTablesController {

	private final FollowUpTables tables;

	FollowUpTablesController(FollowUpTables tables) {
		this.tables = tables;
	}

	@Operation(operationId = "listSpecialPopulationCategories", summary = "The special-population categories",
			description = "The code table: GB/T 31000's groups 01–06 and the towns' local 07–09, with whether the judicial "
					+ "office reads the files of a category.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/special-population-categories")
	List<FollowUpTables.Category> categories() {
		return tables.categories();
	}

	@Operation(operationId = "saveSpecialPopulationCategory", summary = "Add or change a category (administrators)",
			description = "Its name, English name, whether the judicial office reads its files, and whether new files may use it.")
	@ApiResponse(responseCode = "200", description = "The category")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/special-population-categories/{code}")
	FollowUpTables.Category saveCategory(@PathVariable String code, @Valid @RequestBody FollowUpTables.Category body) {
		if (!code.equals(body.code())) {
			throw org.fengqiao.platform.ValidationException.of("code", "special.field.code");
		}
		return tables.saveCategory(body, CurrentCaller.get());
	}

	@Operation(operationId = "listSpecialPopulationCategoryFields", summary = "Each category's own fields",
			description = "Per category code: its fields in order with kind (TEXT, DATE, CODE, LEVEL, ID_NUMBER, PHONE), "
					+ "whether required, the codes a CODE field takes and the range of a LEVEL; the file form draws them.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/special-population-categories/fields")
	java.util.Map<String, List<CategoryFields.Field>> fields() {
		return CategoryFields.schemas();
	}

	@Operation(operationId = "listFollowUpRules", summary = "The follow-up rules",
			description = "Visit and assessment frequency by category, risk level, key-person flag and danger level; "
					+ "where several apply to a file the most frequent wins.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/follow-up-rules")
	List<FollowUpTables.Rule> rules() {
		return tables.rules();
	}

	@Operation(operationId = "createFollowUpRule", summary = "Add a follow-up rule (administrators)",
			description = "Applies from each file's next period.")
	@ApiResponse(responseCode = "201", description = "The rule")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/follow-up-rules")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUpTables.Rule addRule(@Valid @RequestBody FollowUpTables.Rule body) {
		return tables.addRule(body, CurrentCaller.get());
	}

	@Operation(operationId = "deleteFollowUpRule", summary = "Remove a follow-up rule (administrators)",
			description = "Duties already scheduled stay.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@DeleteMapping("/api/follow-up-rules/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRule(@PathVariable long id) {
		tables.deleteRule(id, CurrentCaller.get());
	}
}
