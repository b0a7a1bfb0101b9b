package org.fengqiao.people.residents;

import java.time.LocalDate;
import java.util.Set;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.ValidationException;

/**
 * Life events instead of deletion: what each does to a resident's status and when it may happen. Each is
 * dated (not in the future, not before birth) and kept in the resident's history.
 */
public enum LifeEvent {
	/** Back (or newly) living here, optionally into a household. */
	MOVED_IN(Set.of("MOVED_OUT"), "PRESENT"),
	/** Moved away, to a named destination. */
	MOVED_OUT(Set.of("PRESENT"), "MOVED_OUT"),
	DECEASED(Set.of("PRESENT", "MOVED_OUT"), "DECEASED"),
	/** Household registration cancelled (注销). */
	DEREGISTERED(Set.of("PRESENT", "MOVED_OUT"), "DEREGISTERED");

	private final Set<String> from;
	private final String to;

	LifeEvent(Set<String> from, String to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * The status after this event on a resident in {@code status}: 409 when the event cannot follow it, 400
	 * when the date or the destination is wrong.
	 */
	public String apply(String status, LocalDate on, LocalDate birthDate, LocalDate today, String destination) {
		if (on == null) {
			throw ValidationException.of("date", "people.event.date-required");
		}
		if (on.isAfter(today) || on.isBefore(birthDate)) {
			throw ValidationException.of("date", "people.event.date-invalid");
		}
		if (this == MOVED_OUT && (destination == null || destination.isBlank())) {
			throw ValidationException.of("destination", "people.event.destination-required");
		}
		if (!from.contains(status)) {
			throw ApiException.conflict("people.illegal-event", status, name());
		}
		return to;
	}
}
