package org.fengqiao.mediation.screening;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/screening-rounds/{id}/reports}: a village's answer — the DISPUTE cases it found
 * (by number, cases of that village) or, with {@code none}, explicitly nothing (零报告); an optional note.
 */
public record VillageReport(@NotBlank @Size(max = 12) String regionCode, boolean none,
		@Size(max = 200) List<String> disputes, @Size(max = 500) String note) {
}
