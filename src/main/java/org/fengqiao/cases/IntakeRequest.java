package org.fengqiao.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.geo.Crs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/cases}. */
public record IntakeRequest(@NotNull CaseKind kind, @NotBlank @Size(max = 40) String category, @NotNull Channel channel,
		@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String description, Priority priority,
		@Valid Reporter reporter, @Valid @NotNull Location location, List<UUID> attachments,
		OffsetDateTime occurredAt, @Valid Source source) {

	/** What raised the case, e.g. {@code {"type":"special-population-visit","id":"…"}}. */
	public record Source(@NotBlank @Size(max = 32) String type, @NotBlank @Size(max = 64) String id) {
	}

	public record Reporter(@Size(max = 50) String name, @Size(max = 20) String phone, @Size(max = 18) String idNumber) {

		public boolean isEmpty() {
			return blank(name) && blank(phone) && blank(idNumber);
		}
	}

	public record Location(@Size(max = 12) String regionCode, @Size(max = 32) String gridCode,
			@Size(max = 200) String address, Double lat, Double lng, Crs crs) {
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
