package org.fengqiao.platform;

import java.util.Optional;

/**
 * Looks up a user as a {@link Caller} outside a bearer-token request, e.g. for a signed file link opened by an
 * {@code <img>} tag. Implemented by {@code identity}; empty for an unknown or disabled user.
 */
public interface Callers {

	Optional<Caller> find(String username);
}
