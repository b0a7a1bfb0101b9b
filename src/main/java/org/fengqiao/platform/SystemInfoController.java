package org.fengqiao.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/system/info}: public facts the login page shows (name, version, demo mode, map tiles). */
@RestController
@Tag(name = "system")
class SystemInfoController {

	record SystemInfo(String name, String version, boolean demo, String tileUrl, String tileCrs) {
	}

	private final DemoMode demo;
	private final FengqiaoProperties properties;

	SystemInfoController(DemoMode demo, FengqiaoProperties properties) {
		this.demo = demo;
		this.properties = properties;
	}

	@Operation(operationId = "getSystemInfo", summary = "Read public facts about this installation",
			description = "Name, version, demo mode and map tiles; needs no token.")
	@GetMapping("/api/system/info")
	SystemInfo info() {
		String version = getClass().getPackage().getImplementationVersion();
		// The page asks the application for tiles (never the tile server itself): /tiles/{z}/{x}/{y} when configured.
		boolean tiles = properties.tileUrl() != null && !properties.tileUrl().isBlank();
		return new SystemInfo("枫桥 Fengqiao", version == null ? "dev" : version, demo.isOn(),
				tiles ? "/tiles/{z}/{x}/{y}" : null, properties.tileCrs());
	}
}
