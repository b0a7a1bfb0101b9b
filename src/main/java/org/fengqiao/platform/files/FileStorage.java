package org.fengqiao.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of uploaded files live. The default keeps them in the data directory
 * ({@link LocalFileStorage}); another store (object storage, a NAS) is a bean of this type.
 * Keys are relative paths chosen by the store and kept in {@code stored_files.storage_key}.
 */
public interface FileStorage {

	/** What was written: the byte count and SHA-256, both computed while streaming. */
	record Written(long size, byte[] sha256) {
	}

	/** A fresh key for a new file. */
	String newKey(UUID id);

	/** Writes the whole stream under the key; a reader never sees a partly written file. */
	Written write(String key, InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	/** Removes the file; no error if it is already gone. */
	void delete(String key) throws IOException;
}
