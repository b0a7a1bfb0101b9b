package org.fengqiao.platform.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What may be uploaded: photos, voice recordings and documents from the field, recognised by extension
 * and declared content type together (and then by their first bytes, see {@link FileSignature}).
 */
final class AllowedFileTypes {

	private static final Map<String, FileType> BY_EXTENSION = Stream.of(
			// photos
			type("jpg", "image/jpeg", FileSignature.JPEG, "image/jpg", "image/pjpeg"),
			type("jpeg", "image/jpeg", FileSignature.JPEG, "image/jpg", "image/pjpeg"),
			type("png", "image/png", FileSignature.PNG, "image/x-png"),
			type("gif", "image/gif", FileSignature.GIF),
			type("webp", "image/webp", FileSignature.ANY),
			type("heic", "image/heic", FileSignature.ANY, "image/heif", "image/heic-sequence"),
			type("heif", "image/heif", FileSignature.ANY, "image/heic", "image/heif-sequence"),
			// audio
			type("mp3", "audio/mpeg", FileSignature.ANY, "audio/mp3", "audio/mpeg3", "audio/x-mpeg-3"),
			type("m4a", "audio/mp4", FileSignature.ANY, "audio/x-m4a", "audio/m4a"),
			type("aac", "audio/aac", FileSignature.ANY, "audio/x-aac", "audio/aacp"),
			type("amr", "audio/amr", FileSignature.ANY, "audio/x-amr"),
			type("wav", "audio/wav", FileSignature.ANY, "audio/x-wav", "audio/wave", "audio/vnd.wave"),
			type("ogg", "audio/ogg", FileSignature.ANY, "application/ogg", "audio/x-ogg"),
			// documents
			type("pdf", "application/pdf", FileSignature.PDF, "application/x-pdf"),
			type("doc", "application/msword", FileSignature.ANY),
			type("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileSignature.ZIP),
			type("xls", "application/vnd.ms-excel", FileSignature.ANY),
			type("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileSignature.ZIP),
			type("txt", "text/plain", FileSignature.ANY))
		.collect(Collectors.toUnmodifiableMap(FileType::extension, Function.identity()));

	private AllowedFileTypes() {
	}

	/** The type of a file by its name's extension, if its declared content type agrees with it. */
	static Optional<FileType> of(String fileName, String declaredContentType) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Optional.ofNullable(BY_EXTENSION.get(extension)).filter(t -> t.accepts(declaredContentType));
	}

	private static FileType type(String extension, String contentType, FileSignature signature, String... aliases) {
		return new FileType(extension, contentType, Set.of(aliases), signature);
	}
}
