package org.fengqiao.region;

import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegionController {

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/api/regions/{code}")
	Region region(@PathVariable String code) {
		return regions.get(code, CurrentCaller.get().scope());
	}

	@GetMapping("/api/regions/{code}/children")
	List<Region> children(@PathVariable String code) {
		return regions.children(code, CurrentCaller.get().scope());
	}
}
