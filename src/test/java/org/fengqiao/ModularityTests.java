package org.fengqiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DOCS = Path.of("target", "spring-modulith-docs");

	private final ApplicationModules modules = ApplicationModules.of(FengqiaoApplication.class);

	@Test
	void modules_depend_only_on_each_others_public_api_and_have_no_cycles() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written_and_names_every_module() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		String overview = Files.readString(DOCS.resolve("components.puml"));
		assertThat(modules.stream()).hasSizeGreaterThanOrEqualTo(6);
		for (ApplicationModule module : modules) {
			assertThat(overview).as("components.puml").contains(module.getDisplayName());
			Path own = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(own).as(own.toString()).isNotEmptyFile();
			assertThat(Files.readString(own)).contains(module.getDisplayName());
		}
	}
}
