package org.fengqiao.platform.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.FengqiaoProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (ID and phone numbers) at rest with AES-256-GCM. The key comes from
 * FENGQIAO_ENCRYPTION_KEY; with the embedded database and none set, a key file readable only by its
 * owner is created in the data directory.
 */
@Component
public class PersonalDataCipher {

	private static final int IV_BYTES = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;
	private final SecretKeySpec indexKey;

	PersonalDataCipher(FengqiaoProperties properties, DemoMode mode) throws IOException {
		byte[] raw = loadKey(properties, mode);
		this.key = new SecretKeySpec(raw, "AES");
		this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "fengqiao blind index"), "HmacSHA256");
	}

	/**
	 * An HMAC-SHA256 of a value under a key derived from the server key for one purpose (e.g. signed file
	 * links), so every instance sharing the key computes the same signature and no purpose can forge another's.
	 */
	public byte[] sign(String purpose, String value) {
		SecretKeySpec purposeKey = new SecretKeySpec(hmac(indexKey, "fengqiao purpose " + purpose), "HmacSHA256");
		return hmac(purposeKey, value);
	}

	/**
	 * A keyed hash (HMAC-SHA256) of a normalized value, so equal ID or phone numbers can be found without
	 * decrypting: the "same reporter" repeat check.
	 */
	public byte[] blindIndex(String plain) {
		return plain == null ? null : hmac(indexKey, plain.trim().toUpperCase());
	}

	private static byte[] hmac(SecretKeySpec key, String value) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public byte[] encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed", e);
		}
	}

	/**
	 * One decrypting cipher per thread: every case view decrypts the reporter's phone and ID number to mask them, and
	 * a provider lookup per value cost more than the decryption. A GCM cipher may be re-initialised for decryption
	 * with any key and IV (only encryption refuses a repeated IV).
	 */
	private static final ThreadLocal<Cipher> DECRYPTING = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES/GCM unavailable", e);
		}
	});

	public String decrypt(byte[] stored) {
		if (stored == null) {
			return null;
		}
		try {
			Cipher cipher = DECRYPTING.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, IV_BYTES));
			return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("decryption failed: wrong FENGQIAO_ENCRYPTION_KEY?", e);
		}
	}

	/**
	 * One cipher and one keyed hash reused for many values (a register import, the demo data set): the same output
	 * format as {@link #encrypt} and {@link #blindIndex}, without a provider lookup per value or a call to the
	 * system's random source per value. Its IVs follow NIST SP 800-38D's deterministic construction (8.2.1): a
	 * random 8-byte field drawn once per batch and a 4-byte counter, so no IV repeats under the key. Not
	 * thread-safe: one per thread.
	 */
	public Batch batch() {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return new Batch(Cipher.getInstance("AES/GCM/NoPadding"), mac);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** See {@link #batch()}. */
	public final class Batch {

		private static final int TAG_BYTES = 16;
		private static final int FIELD_BYTES = 8;

		private final Cipher cipher;
		private final javax.crypto.Mac mac;
		private final byte[] iv = new byte[IV_BYTES];
		private int counter;

		private Batch(Cipher cipher, javax.crypto.Mac mac) {
			this.cipher = cipher;
			this.mac = mac;
			RANDOM.nextBytes(iv);
		}

		public byte[] encrypt(String plain) {
			if (plain == null) {
				return null;
			}
			try {
				nextIv();
				cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
				byte[] text = plain.getBytes(StandardCharsets.UTF_8);
				byte[] out = new byte[IV_BYTES + text.length + TAG_BYTES];
				System.arraycopy(iv, 0, out, 0, IV_BYTES);
				cipher.doFinal(text, 0, text.length, out, IV_BYTES);
				return out;
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException("encryption failed", e);
			}
		}

		/** The next IV: the counter in the last four bytes; a fresh random field once it has gone round. */
		private void nextIv() {
			if (++counter == 0) {
				RANDOM.nextBytes(iv);
			}
			iv[FIELD_BYTES] = (byte) (counter >>> 24);
			iv[FIELD_BYTES + 1] = (byte) (counter >>> 16);
			iv[FIELD_BYTES + 2] = (byte) (counter >>> 8);
			iv[FIELD_BYTES + 3] = (byte) counter;
		}

		public byte[] blindIndex(String plain) {
			return plain == null ? null : mac.doFinal(plain.trim().toUpperCase().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static byte[] loadKey(FengqiaoProperties properties, DemoMode mode) throws IOException {
		if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
			return decodeKey(properties.encryptionKey().trim(), "FENGQIAO_ENCRYPTION_KEY");
		}
		if (!mode.isEmbeddedDatabase() && !mode.isOn()) {
			throw new IllegalStateException(
					"FENGQIAO_ENCRYPTION_KEY (base64 of 32 bytes) must be set when using an external database");
		}
		Path file = properties.dataDir().resolve("encryption.key");
		if (Files.exists(file)) {
			return decodeKey(Files.readString(file).trim(), file.toString());
		}
		Files.createDirectories(properties.dataDir());
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the user profile's ACL protects it
		}
		return fresh;
	}

	private static byte[] decodeKey(String base64, String source) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + " is not valid base64", e);
		}
		if (raw.length != 32) {
			throw new IllegalStateException(source + " must decode to 32 bytes, not " + raw.length);
		}
		return raw;
	}
}
