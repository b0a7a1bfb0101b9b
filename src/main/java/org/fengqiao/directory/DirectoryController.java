package org.fengqiao.directory;

import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "directory")
class DirectoryController {

	record StaffBody(@NotBlank @Size(max = 50) String name,
			@Schema(allowableValues = { "MALE", "FEMALE" }) @Pattern(regexp = "MALE|FEMALE") String gender,
			@Schema(description = "On update: left out keeps the stored number, an empty string removes it")
			@Pattern(regexp = "|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}") String phone, String departmentCode,
			@NotBlank String regionCode, List<FieldRole> fieldRoles, List<@NotBlank String> gridCodes) {

		Directory.StaffInput input() {
			return new Directory.StaffInput(name, gender, phone, departmentCode, regionCode,
					fieldRoles == null ? List.of() : fieldRoles, gridCodes == null ? List.of() : gridCodes);
		}
	}

	private final Directory directory;

	DirectoryController(Directory directory) {
		this.directory = directory;
	}

	@Operation(operationId = "listDepartments", summary = "List the units a center can dispatch to",
			description = "The departments of a town or county, including the governance center itself and the village "
					+ "committees.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/departments")
	List<Department> departments(@RequestParam String region) {
		return directory.dispatchTargets(region, CurrentCaller.get().scope());
	}

	record DepartmentCreate(@NotBlank String regionCode, @NotNull DepartmentKind kind, @NotBlank @Size(max = 100) String name,
			Stationing stationing) {
	}

	record DepartmentUpdate(@NotBlank @Size(max = 100) String name, Stationing stationing, Boolean active) {
	}

	@Operation(operationId = "createDepartment", summary = "Add a department or station",
			description = "For administrators: a town's or county's unit, or a village committee (code `<region>-<KIND>`).")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/departments")
	@ResponseStatus(HttpStatus.CREATED)
	Department createDepartment(@Valid @RequestBody DepartmentCreate body) {
		return directory.createDepartment(body.regionCode(), body.kind(), body.name(), body.stationing(),
				CurrentCaller.get());
	}

	@Operation(operationId = "updateDepartment", summary = "Change a department",
			description = "For administrators: its name, its stationing, or `active: false` to take it out of dispatch.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/departments/{code}")
	Department updateDepartment(@PathVariable String code, @Valid @RequestBody DepartmentUpdate body) {
		return directory.updateDepartment(code, body.name(), body.stationing(), !Boolean.FALSE.equals(body.active()),
				CurrentCaller.get());
	}

	@Operation(operationId = "getDepartment", summary = "Read a department")
	@GetMapping("/api/departments/{code}")
	Department department(@PathVariable String code) {
		return directory.department(code, CurrentCaller.get().scope());
	}

	@Operation(operationId = "listStaff", summary = "List staff in scope",
			description = "A page of staff, phone numbers masked.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/staff")
	Page<Staff> staff(@RequestParam(required = false) String region,
			@RequestParam(required = false) String department, @RequestParam(required = false) FieldRole fieldRole,
			@RequestParam(required = false) String grid, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return directory.staff(region, department, fieldRole, grid, CurrentCaller.get().scope(),
				PageQuery.of(page, size));
	}

	@Operation(operationId = "getStaffMember", summary = "Read a staff member",
			description = "Phone number masked.")
	@GetMapping("/api/staff/{id}")
	Staff staffMember(@PathVariable long id) {
		return directory.staff(id, CurrentCaller.get().scope());
	}

	@Operation(operationId = "getStaffMemberUnmasked", summary = "Read a staff member with the phone number in clear",
			description = "For holders of the unmask permission (center leaders); audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/staff/{id}/unmasked")
	Staff unmasked(@PathVariable long id) {
		return directory.unmasked(id, CurrentCaller.get());
	}

	@Operation(operationId = "createStaffMember", summary = "Add a staff member")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PostMapping("/api/staff")
	@ResponseStatus(HttpStatus.CREATED)
	Staff create(@Valid @RequestBody StaffBody body) {
		return directory.create(body.input(), CurrentCaller.get());
	}

	@Operation(operationId = "updateStaffMember", summary = "Replace a staff member's details")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/staff/{id}")
	Staff update(@PathVariable long id, @Valid @RequestBody StaffBody body) {
		return directory.update(id, body.input(), CurrentCaller.get());
	}
}
