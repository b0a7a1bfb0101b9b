package org.fengqiao.identity;

import java.util.Optional;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Callers;
import org.springframework.stereotype.Component;

/** The enabled user of that name as a {@link Caller}, with the roles and data scope a login would give. */
@Component
class AccountCallers implements Callers {

	private final UserRepository users;

	AccountCallers(UserRepository users) {
		this.users = users;
	}

	@Override
	public Optional<Caller> find(String username) {
		return users.find(username).filter(UserAccount::enabled).map(UserAccount::caller);
	}
}
