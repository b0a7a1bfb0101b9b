package org.fengqiao.platform;

/** {@code ?page=0&size=20}, validated: size at most 200. */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw ValidationException.of("page", "validation.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ValidationException.of("size", "validation.size");
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? 20 : size);
	}

	public int offset() {
		return page * size;
	}
}
