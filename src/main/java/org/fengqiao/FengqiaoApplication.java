package org.fengqiao;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fengqiao: one modular-monolith application for a township comprehensive governance center.
 * Each direct sub-package is a business module (see DESIGN.md).
 */
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@EnableScheduling
public class FengqiaoApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(FengqiaoApplication.class);
		boolean importOnly = Arrays.stream(args).anyMatch(a -> a.startsWith("--import-divisions"));
		if (importOnly) {
			// command-line import: no web server, no demo data, exit when done
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setDefaultProperties(java.util.Map.of("fengqiao.demo", "false", "fengqiao.bootstrap-admin", "false"));
		}
		var context = app.run(args);
		if (importOnly) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
