package org.fengqiao.cases;

/**
 * The caller's scoped counts for the menu's queues and the workbench's cards; each equals the {@code total} of
 * the case list it stands for. "Open" is not yet resolved: received, dispatched, accepted, in progress,
 * returned, escalated or reopened.
 *
 * @param toDispatch {@code status=RECEIVED,RETURNED,ESCALATED,REOPENED}
 * @param returned {@code status=RETURNED}
 * @param escalated {@code status=ESCALATED}
 * @param inProgress {@code status=DISPATCHED,ACCEPTED,IN_PROGRESS}
 * @param toFeedback {@code status=RESOLVED}
 * @param toVisit {@code status=FEEDBACK_GIVEN}
 * @param warning {@code warning=true}: warned, not yet overdue, open
 * @param overdue {@code overdue=true} and open
 * @param supervised {@code supervised=true} and open
 * @param extensionPending {@code extensionPending=true}
 * @param toAccept {@code status=DISPATCHED}
 * @param handling {@code status=ACCEPTED,IN_PROGRESS}
 * @param coTasks {@code part=CO&status=DISPATCHED,ACCEPTED,IN_PROGRESS}
 */
public record QueueCounts(long toDispatch, long returned, long escalated, long inProgress, long toFeedback,
		long toVisit, long warning, long overdue, long supervised, long extensionPending, long toAccept,
		long handling, long coTasks) {
}
