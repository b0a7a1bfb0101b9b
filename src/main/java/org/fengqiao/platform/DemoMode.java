package org.fengqiao.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code fengqiao.demo}): on by default with the embedded database, off with an external one
 * unless set. In demo mode the demo data set and accounts exist, and the log and every page say so.
 */
@Component
public class DemoMode {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final boolean on;
	private final boolean embeddedDatabase;

	DemoMode(Environment env) {
		this.embeddedDatabase = !env.containsProperty("spring.datasource.url");
		this.on = env.getProperty("fengqiao.demo", Boolean.class, embeddedDatabase);
		if (on) {
			log.warn("演示模式 / DEMO MODE: demo data and demo accounts (password Demo#2026) are enabled. Do not use for real data.");
		}
	}

	public boolean isOn() {
		return on;
	}

	public boolean isEmbeddedDatabase() {
		return embeddedDatabase;
	}
}
