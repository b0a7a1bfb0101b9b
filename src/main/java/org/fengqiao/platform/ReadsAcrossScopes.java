package org.fengqiao.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reader that rightly reads scoped tables across every data scope — a sweeper, an import, the demo
 * loader, delivery — with the reason. The scope-filter test accepts unfiltered reads only in such classes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsAcrossScopes {

	/** Why this reader reads across scopes. */
	String value();
}
