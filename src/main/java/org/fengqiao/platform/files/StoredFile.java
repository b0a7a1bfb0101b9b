package org.fengqiao.platform.files;

import java.util.UUID;

/** An uploaded file: {@code {"id","name","contentType","size"}}. */
public record StoredFile(UUID id, String name, String contentType, long size) {
}
