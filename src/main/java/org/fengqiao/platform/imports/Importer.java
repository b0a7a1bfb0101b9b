package org.fengqiao.platform.imports;

import java.io.IOException;
import java.nio.file.Path;

import org.fengqiao.platform.Caller;

/**
 * An import a module offers under {@code POST /api/imports/{kind}}. Each module registers its own
 * importers as beans; the platform runs them as jobs and reports progress.
 */
public interface Importer {

	/** The {@code {kind}} path segment, e.g. {@code divisions}. */
	String kind();

	/** Refuses (403) a caller that may not run this import. */
	void checkAllowed(Caller caller);

	/** File name endings accepted, e.g. {@code .csv}, {@code .csv.gz}. */
	java.util.List<String> acceptedEndings();

	/** Runs an import that needs nothing of its job but the file. */
	default ImportOutcome run(Path file, String fileName, ImportProgress progress) throws IOException {
		throw new UnsupportedOperationException(kind() + " imports need their job");
	}

	/** Runs an import for the caller who started the job (rows outside their scope are refused, not read). */
	default ImportOutcome run(Path file, String fileName, ImportJob job, ImportProgress progress) throws IOException {
		return run(file, fileName, progress);
	}

	/**
	 * The link to the job's error workbook (its rejected rows with their reasons), if the import writes one:
	 * for the job's status.
	 */
	default java.util.Optional<String> errorWorkbook(java.util.UUID jobId) {
		return java.util.Optional.empty();
	}

	/** The job a run belongs to and who started it. */
	record ImportJob(java.util.UUID id, Caller caller) {
	}

	/** Progress callback: total rows when known, rows processed so far. */
	interface ImportProgress {
		void total(long total);

		void processed(long processed);
	}

	/** What the import did: rows accepted (inserted or updated) and rejected, with the first reasons. */
	record ImportOutcome(long total, long accepted, long rejected, java.util.List<String> rejections) {
	}
}
