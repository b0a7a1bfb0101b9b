package org.fengqiao.platform.files;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a Spring {@code Resource} that can be opened again and knows its length, so Spring MVC
 * answers {@code Range} requests itself ({@code 206 Partial Content}).
 */
final class StoredFileResource extends AbstractResource {

	private final FileRow file;
	private final FileStorage storage;

	StoredFileResource(FileRow file, FileStorage storage) {
		this.file = file;
		this.storage = storage;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return storage.open(file.storageKey());
	}

	@Override
	public long contentLength() {
		return file.size();
	}

	@Override
	public String getFilename() {
		return file.name();
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return "stored file " + file.id();
	}
}
