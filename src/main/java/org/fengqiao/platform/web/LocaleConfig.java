package org.fengqiao.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/** zh-CN by default; English when the request's Accept-Language asks for it. */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new DefaultOnBadHeader();
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		return resolver;
	}

	/**
	 * An Accept-Language the firewall refuses (not ASCII) is read as no preference: the problem that answers the
	 * request must still be written, in the default language.
	 */
	private static final class DefaultOnBadHeader extends AcceptHeaderLocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			try {
				return super.resolveLocale(request);
			} catch (RuntimeException e) {
				return getDefaultLocale();
			}
		}
	}
}
