package org.fengqiao.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that rightly reads a scoped table without {@link ScopeSql}'s filter (sweepers, imports, the demo
 * loader, lookups by key whose record the caller then checks with a rule's Java twin), and says why. The
 * scope filter test accepts an unfiltered read only under this marker with a non-blank reason.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD })
public @interface ReadsAcrossScopes {

	/** Why this read may ignore the caller's scope. */
	String reason();
}
