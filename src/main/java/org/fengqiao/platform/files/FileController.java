package org.fengqiao.platform.files;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.CurrentCaller;
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

/** {@code POST /api/files} uploads one file (multipart part {@code file}); {@code GET /api/files/{id}} downloads it. */
@RestController
class FileController {

	private final FileUploads uploads;
	private final FileDownloads downloads;

	FileController(FileUploads uploads, FileDownloads downloads) {
		this.uploads = uploads;
		this.downloads = downloads;
	}

	@PostMapping(path = "/api/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<StoredFile> upload(@RequestParam("file") MultipartFile file) throws IOException {
		StoredFile stored = uploads.upload(file, CurrentCaller.get());
		return ResponseEntity.created(URI.create("/api/files/" + stored.id())).body(stored);
	}

	/** Anything but multipart: a 415 that says what to send (instead of "use application/json"). */
	@PostMapping("/api/files")
	void uploadNotMultipart() {
		throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.multipart-required");
	}

	/**
	 * With a bearer token, or through a signed link ({@code exp}, {@code sig}; see {@link FileLinks}). The content
	 * is streamed, never held in memory; Spring answers {@code Range} with {@code 206} (a recording played from
	 * the middle).
	 */
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
