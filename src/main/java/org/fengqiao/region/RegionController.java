package org.fengqiao.region;

import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "regions")
class RegionController {

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@Operation(operationId = "getRegion", summary = "Read a region")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@GetMapping("/api/regions/{code}")
	Region region(@PathVariable String code) {
		return regions.get(code, CurrentCaller.get().scope());
	}

	@Operation(operationId = "listRegionChildren", summary = "List a region's children",
			description = "Ordered by code, within the caller's scope.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@GetMapping("/api/regions/{code}/children")
	List<Region> children(@PathVariable String code) {
		return regions.children(code, CurrentCaller.get().scope());
	}
}
