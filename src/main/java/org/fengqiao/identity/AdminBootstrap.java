package org.fengqiao.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.FengqiaoProperties;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first start creates {@code admin} with FENGQIAO_ADMIN_PASSWORD, or with a random
 * password printed once to the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final Accounts accounts;
	private final DemoMode demo;
	private final FengqiaoProperties properties;
	private final boolean enabled;

	AdminBootstrap(Accounts accounts, DemoMode demo, FengqiaoProperties properties,
			@Value("${fengqiao.bootstrap-admin:true}") boolean enabled) {
		this.accounts = accounts;
		this.demo = demo;
		this.properties = properties;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || demo.isOn() || accounts.exists("admin")) {
			return;
		}
		String password = properties.adminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = randomPassword();
		}
		accounts.create(new Accounts.NewAccount("admin", "系统管理员", password, Set.of(Role.ADMIN),
				List.of(RegionCodes.ROOT), List.of(), false, null), false);
		if (generated) {
			log.warn("Created the administrator account 'admin' with the password {} — change it after the first login. It will not be shown again.", password);
		} else {
			log.info("Created the administrator account 'admin' with the password from FENGQIAO_ADMIN_PASSWORD.");
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.append('#').append(random.nextInt(10)).toString();
	}
}
