package org.fengqiao.platform.files;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** {@code POST /api/files} uploads one file (multipart part {@code file}); {@code GET /api/files/{id}} downloads it. */
@RestController
@Tag(name = "files")
class FileController {

	private final FileUploads uploads;
	private final FileDownloads downloads;

	FileController(FileUploads uploads, FileDownloads downloads) {
		this.uploads = uploads;
		this.downloads = downloads;
	}

	@Operation(operationId = "uploadFile", summary = "Upload a file",
			description = "One multipart part named `file`; intake and action bodies then reference its `id` in "
					+ "`attachments`. Files not attached within 7 days are deleted.")
	@ApiResponse(responseCode = "201", description = "Stored; `Location` names the file")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
	@ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
	@PostMapping(path = "/api/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<StoredFile> upload(@RequestParam("file") MultipartFile file) throws IOException {
		StoredFile stored = uploads.upload(file, CurrentCaller.get());
		return ResponseEntity.created(URI.create("/api/files/" + stored.id())).body(stored);
	}

	/** Anything but multipart: a 415 that says what to send (instead of "use application/json"). */
	@Hidden
	@PostMapping("/api/files")
	void uploadNotMultipart() {
		throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.multipart-required");
	}

	/**
	 * With a bearer token, or through a signed link ({@code exp}, {@code sig}; see {@link FileLinks}). The content
	 * is streamed, never held in memory; Spring answers {@code Range} with {@code 206} (a recording played from
	 * the middle).
	 */
	@Operation(operationId = "downloadFile", summary = "Download a file",
			description = "If the caller may read the record it is attached to, with a bearer token or a signed link "
					+ "(`exp`, `sig`, from the record's view); honours `Range` (206).")
	@ApiResponse(responseCode = "200", description = "The file's content (its own content type)",
			content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/files/{id}")
	ResponseEntity<Resource> download(@PathVariable UUID id, @RequestParam(required = false) Long exp,
			@RequestParam(required = false) String sig) {
		FileDownloads.Download download = sig == null ? downloads.open(id, CurrentCaller.get())
				: downloads.openSigned(id, exp, sig);
		FileRow file = download.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(download.content());
	}
}
