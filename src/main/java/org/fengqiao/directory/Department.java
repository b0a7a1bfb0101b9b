package org.fengqiao.directory;

/** {@code {"code","name","kind","regionCode","stationing"}}; code is {@code <regionCode>-<KIND>}. */
public record Department(String code, String name, DepartmentKind kind, String regionCode, Stationing stationing) {

	public static String codeFor(String regionCode, DepartmentKind kind) {
		return regionCode + "-" + kind.name();
	}
}
