package org.fengqiao.platform.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed download links, for what cannot send a bearer token ({@code <img>}, {@code <audio>}, a
 * print view): {@code /api/files/{id}?exp=…&sig=…}, valid {@value #MINUTES} minutes and bound to one user. The
 * signature is an HMAC over file id, expiry and username under a key derived from the server key; {@code sig}
 * carries the username it is bound to ({@code <user>.<mac>}, both base64url), so the link needs no other
 * parameter. A link only opens what its user may read at the moment it is used.
 */
@Component
public class FileLinks {

	static final int MINUTES = 10;
	private static final Duration VALIDITY = Duration.ofMinutes(MINUTES);
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final PersonalDataCipher keys;
	private final Clock clock;

	FileLinks(PersonalDataCipher keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** A link to the file for this caller, valid for ten minutes from now. */
	public String sign(UUID fileId, Caller caller) {
		long exp = clock.instant().plus(VALIDITY).getEpochSecond();
		String user = caller.username();
		return "/api/files/" + fileId + "?exp=" + exp + "&sig="
				+ ENCODER.encodeToString(user.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(fileId, exp, user));
	}

	/** The user a link is bound to, if its signature is genuine and it has not expired. */
	Optional<String> verify(UUID fileId, Long exp, String sig) {
		if (exp == null || sig == null || Instant.ofEpochSecond(exp).isBefore(clock.instant())) {
			return Optional.empty();
		}
		int dot = sig.indexOf('.');
		if (dot <= 0 || sig.length() > 400) {
			return Optional.empty();
		}
		try {
			String user = new String(DECODER.decode(sig.substring(0, dot)), StandardCharsets.UTF_8);
			byte[] given = DECODER.decode(sig.substring(dot + 1));
			return MessageDigest.isEqual(given, mac(fileId, exp, user)) ? Optional.of(user) : Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private byte[] mac(UUID fileId, long exp, String user) {
		return keys.sign("file-link", fileId + "\n" + exp + "\n" + user);
	}
}
