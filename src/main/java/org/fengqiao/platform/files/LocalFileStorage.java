package org.fengqiao.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.fengqiao.platform.Times;

/**
 * Files under {@code <data-dir>/files/yyyy/MM/<uuid>} (month of upload, Asia/Shanghai). A file is
 * streamed into a temporary file next to its target and then moved into place atomically.
 */
class LocalFileStorage implements FileStorage {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

	private final Path root;
	private final Clock clock;

	LocalFileStorage(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public String newKey(UUID id) {
		return MONTH.format(clock.instant().atZone(Times.ZONE)) + "/" + id;
	}

	@Override
	public Written write(String key, InputStream content) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			MessageDigest sha256 = sha256();
			long size;
			try (DigestInputStream in = new DigestInputStream(content, sha256);
					OutputStream out = Files.newOutputStream(temp)) {
				size = in.transferTo(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return new Written(size, sha256.digest());
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/** A key never leaves the root, whatever it contains. */
	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("storage key outside the file store: " + key);
		}
		return path;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
