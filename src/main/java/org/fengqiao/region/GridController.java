package org.fengqiao.region;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.geo.Crs;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "grids")
class GridController {

	record GridCreate(@NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,32}") String code,
			@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(2) Integer level,
			@NotBlank String regionCode, String parentCode, @Min(0) Integer households, JsonNode boundary) {
	}

	record GridUpdate(@NotBlank @Size(max = 100) String name, @Min(0) Integer households, JsonNode boundary) {
	}

	/** {@code GET /api/grids/locate}: the grid's fields plus its village and town. */
	record GridLocation(String code, String name, int level, String regionCode, String parentCode, int households,
			@com.fasterxml.jackson.annotation.JsonRawValue String boundary, boolean synthetic, Region village,
			Region town) {
	}

	private final Grids grids;
	private final Regions regions;

	GridController(Grids grids, Regions regions) {
		this.grids = grids;
		this.regions = regions;
	}

	@Operation(operationId = "listGrids", summary = "List grids under a region",
			description = "A page of the grids under a region (any level below it) within the caller's scope.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/grids")
	Page<Grid> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer level,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return grids.list(region, level, CurrentCaller.get().scope(), PageQuery.of(page, size));
	}

	@Operation(operationId = "locateGrid", summary = "Find the grid containing a point",
			description = "The level-2 (else level-1) grid containing the point, with its village and town; 404 if none in "
					+ "scope.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/grids/locate")
	GridLocation locate(@RequestParam double lat, @RequestParam double lng,
			@RequestParam(required = false, defaultValue = "WGS84") Crs crs) {
		DataScope scope = CurrentCaller.get().scope();
		Grid g = grids.locate(lat, lng, crs, scope).orElseThrow(() -> ApiException.notFound("grid.none-here"));
		Region village = regions.get(g.regionCode(), scope);
		Region town = village.parentCode() == null ? null : regions.get(village.parentCode(), scope);
		return new GridLocation(g.code(), g.name(), g.level(), g.regionCode(), g.parentCode(), g.households(),
				g.boundary(), g.synthetic(), village, town);
	}

	@Operation(operationId = "getGrid", summary = "Read a grid",
			description = "With its boundary as a GeoJSON geometry (WGS-84).")
	@GetMapping("/api/grids/{code}")
	Grid get(@PathVariable String code) {
		return grids.get(code, CurrentCaller.get().scope());
	}

	@Operation(operationId = "createGrid", summary = "Create a grid",
			description = "For administrators and town desk staff in their town.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/grids")
	@ResponseStatus(HttpStatus.CREATED)
	Grid create(@Valid @RequestBody GridCreate body) {
		Caller caller = CurrentCaller.get();
		return grids.create(new Grid(body.code(), body.name(), body.level(), body.regionCode(), body.parentCode(),
				body.households() == null ? 0 : body.households(), text(body.boundary()), false), caller);
	}

	@Operation(operationId = "updateGrid", summary = "Update a grid",
			description = "For administrators and town desk staff in their town. `households` is counted by the people "
					+ "register and refused here (400 naming the field).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/grids/{code}")
	Grid update(@PathVariable String code, @Valid @RequestBody GridUpdate body) {
		if (body.households() != null) { // kept by people from its households, no longer typed in
			throw ValidationException.of("households", "grid.households-counted");
		}
		return grids.update(code, body.name(), text(body.boundary()), CurrentCaller.get());
	}

	@Operation(operationId = "deleteGrid", summary = "Delete an empty grid",
			description = "For administrators and town desk staff in their town; 409 while it has households or sub-grids."
					+ "For administrators and town desk staff in their town; 409 while it has households or sub-grids.")
	@ApiResponse(responseCode = "204", description = "Done, no content")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@DeleteMapping("/api/grids/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String code) {
		grids.delete(code, CurrentCaller.get());
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.toString();
	}
}
