package org.fengqiao.region;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.imports.Importer;
import org.springframework.stereotype.Component;

/** {@code POST /api/imports/divisions}: one NBS division file (.csv or .csv.gz), administrators only. */
@Component
class DivisionImporter implements Importer {

	private final DivisionImport divisions;
	private final Regions regions;
	private final AuditLog audit;

	DivisionImporter(DataSource dataSource, Clock clock, Regions regions, AuditLog audit) {
		this.divisions = new DivisionImport(dataSource, clock);
		this.regions = regions;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return "divisions";
	}

	@Override
	public void checkAllowed(Caller caller) {
		caller.requireWrite("region.forbidden");
		if (!caller.isAdmin()) {
			throw org.fengqiao.platform.ApiException.forbidden("region.forbidden");
		}
	}

	@Override
	public List<String> acceptedEndings() {
		return List.of(".csv", ".csv.gz");
	}

	@Override
	public ImportOutcome run(Path file, String fileName, ImportProgress progress) throws IOException {
		ImportOutcome outcome;
		try {
			outcome = divisions.importFile(file, progress);
		}
		finally {
			regions.forgetRemembered(); // a failed import may have written some of its rows
		}
		audit.record("IMPORT_DIVISIONS", "region", fileName);
		return outcome;
	}
}
