package org.fengqiao.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.FengqiaoProperties;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/imports/{kind}} runs an uploaded file as a job; {@code GET /api/imports/{id}} reports it. */
@RestController
@Tag(name = "imports")
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	record JobCreated(UUID id) {
	}

	record JobStatus(UUID id, String kind,
			@Schema(allowableValues = { "QUEUED", "RUNNING", "SUCCEEDED", "FAILED" }) String status,
			long total, long processed, long accepted, long rejected,
			String errorWorkbook, String error, List<String> rejections) {
	}

	private final Map<String, Importer> importers;
	private final ImportJobs jobs;
	private final Path uploads;
	/** Two jobs at a time, on daemon threads stopped with the application (a running job ends FAILED, not stuck). */
	private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
		Thread thread = new Thread(task, "import-job");
		thread.setDaemon(true);
		return thread;
	});

	ImportController(List<Importer> importers, ImportJobs jobs, FengqiaoProperties properties) {
		this.importers = importers.stream().collect(java.util.stream.Collectors.toMap(Importer::kind, i -> i));
		this.jobs = jobs;
		this.uploads = properties.dataDir().resolve("imports");
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	@Operation(operationId = "startImport", summary = "Start an import job",
			description = "Uploads a file (multipart part `file`) and runs it as a job; answers 202 with the job id. "
					+ "Uploads up to 100 MB are accepted.")
	@ApiResponse(responseCode = "202", description = "Accepted")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
	@PostMapping(path = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	JobCreated start(
			@Parameter(description = "What the file holds",
					schema = @Schema(type = "string", allowableValues = { "divisions", "residents" })) @PathVariable String kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		Caller caller = CurrentCaller.get();
		Importer importer = importer(kind);
		importer.checkAllowed(caller);
		String name = Optional.ofNullable(file.getOriginalFilename()).orElse("upload");
		Optional<String> ending = importer.acceptedEndings().stream().filter(name.toLowerCase()::endsWith).findFirst();
		if (file.isEmpty() || ending.isEmpty()) {
			throw ValidationException.of("file", "import.file-type");
		}
		UUID id = jobs.create(kind, name, caller.username());
		Files.createDirectories(uploads);
		// named by the job, not by the client: an uploaded name is no path
		Path stored = uploads.resolve(id + ending.get());
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
		}
		executor.submit(() -> run(new Importer.ImportJob(id, caller), importer, stored, name));
		return new JobCreated(id);
	}

	/** Anything but multipart: the unknown kind first (404), else a 415 that says what to send. */
	@Hidden
	@PostMapping("/api/imports/{kind}")
	void startNotMultipart(@PathVariable String kind) {
		importer(kind);
		throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.multipart-required");
	}

	private Importer importer(String kind) {
		return Optional.ofNullable(importers.get(kind)).orElseThrow(() -> ApiException.notFound("import.kind-unknown", kind));
	}

	@Operation(operationId = "getImportJob", summary = "Read an import job",
			description = "Progress and outcome; only the importing user (or an administrator) sees it.")
	@GetMapping("/api/imports/{id}")
	JobStatus status(@PathVariable UUID id) {
		Caller caller = CurrentCaller.get();
		ImportJobs.Job job = jobs.find(id)
			.filter(j -> caller.isAdmin() || j.createdBy().equals(caller.username()))
			.orElseThrow(() -> ApiException.notFound("import.not-found"));
		return new JobStatus(job.id(), job.kind(), job.status(), job.total(), job.processed(), job.accepted(),
				job.rejected(), Optional.ofNullable(importers.get(job.kind())).flatMap(i -> i.errorWorkbook(job.id())).orElse(null),
				job.error(), job.rejections());
	}

	private void run(Importer.ImportJob job, Importer importer, Path file, String name) {
		UUID id = job.id();
		jobs.running(id);
		try {
			Importer.ImportOutcome outcome = importer.run(file, name, job, new Importer.ImportProgress() {
				@Override
				public void total(long total) {
					jobs.total(id, total);
				}

				@Override
				public void processed(long processed) {
					jobs.processed(id, processed);
				}
			});
			jobs.succeeded(id, outcome);
		} catch (Exception e) {
			log.warn("import {} ({}) failed", id, name, e);

			jobs.failed(id, e.getMessage());
		} finally {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				log.debug("could not delete {}", file);
			}
		}
	}
}
