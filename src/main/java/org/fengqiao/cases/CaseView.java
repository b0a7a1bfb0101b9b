package org.fengqiao.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case as {@code GET /api/cases/{number}} answers it; reporter contact masked. {@code allowedActions} lists
 * the actions the caller may take now ({@code []} for a read-only caller; absent in list items).
 */
public record CaseView(String number, CaseKind kind, String category, Channel channel, String title,
		String description, CaseStatus status, CaseLevel level, String regionCode, String gridCode, String address,
		Double lat, Double lng, String holdingUnit, String leadUnit, List<String> coUnits,
		List<CoUnitProgress> coUnitProgress, Priority priority, OffsetDateTime signForDeadline, OffsetDateTime dueAt,
		boolean warning, boolean overdue, boolean signForOverdue, SupervisionLevel supervision, Extension extension,
		String firstReceiver,
		String reportedBy, OffsetDateTime receivedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
		Satisfaction satisfaction, String mergedInto, Reporter reporter, List<Attachment> attachments,
		OffsetDateTime occurredAt, IntakeRequest.Source source, List<String> allowedActions) {

	/** An attached file; {@code url} is a signed download link for the caller, valid ten minutes. */
	public record Attachment(UUID id, String name, String contentType, long size, String url) {
	}

	public record Reporter(String name, String phone, String idNumber) {
	}

	public record CoUnitProgress(String unit, OffsetDateTime acceptedAt, OffsetDateTime reportedAt, String result) {
	}

	/** A pending extension request. */
	public record Extension(int days, String reason) {
	}
}
