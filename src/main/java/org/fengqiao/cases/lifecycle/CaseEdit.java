package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import java.time.Instant;
import java.util.List;

/**
 * A case row being changed by one action or mark: a mutable copy of a {@link CaseRecord}, used only inside
 * the lifecycle's pure functions, which return the {@link #done() finished} record.
 */
public final class CaseEdit {

	long id;
	String number;
	CaseKind kind;
	String category;
	Channel channel;
	String title;
	String description;
	Priority priority;
	CaseStatus status;
	CaseLevel level;
	String regionCode;
	String gridCode;
	String address;
	Double lat;
	Double lng;
	String reporterName;
	byte[] reporterPhone;
	byte[] reporterIdNumber;
	String holdingUnit;
	String leadUnit;
	List<String> coUnits;
	String firstReceiver;
	String reportedBy;
	Instant receivedAt;
	Instant dispatchedAt;
	Instant signForDeadline;
	Instant acceptedAt;
	Instant dueAt;
	Instant warningAt;
	boolean warning;
	boolean overdue;
	SupervisionLevel supervision;
	Integer extensionDays;
	String extensionReason;
	int extensionsGranted;
	Instant resolvedAt;
	Instant closedAt;
	Satisfaction satisfaction;
	String mergedInto;
	boolean hasAttachments;
	boolean signForOverdue;
	Boolean resolvedOnTime;
	int version;
	Instant occurredAt;
	String sourceType;
	String sourceId;

	CaseEdit(CaseRecord c) {
		id = c.id();
		number = c.number();
		kind = c.kind();
		category = c.category();
		channel = c.channel();
		title = c.title();
		description = c.description();
		priority = c.priority();
		status = c.status();
		level = c.level();
		regionCode = c.regionCode();
		gridCode = c.gridCode();
		address = c.address();
		lat = c.lat();
		lng = c.lng();
		reporterName = c.reporterName();
		reporterPhone = c.reporterPhone();
		reporterIdNumber = c.reporterIdNumber();
		holdingUnit = c.holdingUnit();
		leadUnit = c.leadUnit();
		coUnits = c.coUnits();
		firstReceiver = c.firstReceiver();
		reportedBy = c.reportedBy();
		receivedAt = c.receivedAt();
		dispatchedAt = c.dispatchedAt();
		signForDeadline = c.signForDeadline();
		acceptedAt = c.acceptedAt();
		dueAt = c.dueAt();
		warningAt = c.warningAt();
		warning = c.warning();
		overdue = c.overdue();
		supervision = c.supervision();
		extensionDays = c.extensionDays();
		extensionReason = c.extensionReason();
		extensionsGranted = c.extensionsGranted();
		resolvedAt = c.resolvedAt();
		closedAt = c.closedAt();
		satisfaction = c.satisfaction();
		mergedInto = c.mergedInto();
		hasAttachments = c.hasAttachments();
		signForOverdue = c.signForOverdue();
		resolvedOnTime = c.resolvedOnTime();
		version = c.version();
		occurredAt = c.occurredAt();
		sourceType = c.sourceType();
		sourceId = c.sourceId();
	}

	CaseRecord done() {
		return new CaseRecord(id, number, kind, category, channel, title, description, priority, status, level, regionCode,
				gridCode, address, lat, lng, reporterName, reporterPhone, reporterIdNumber, holdingUnit, leadUnit, coUnits,
				firstReceiver, reportedBy, receivedAt, dispatchedAt, signForDeadline, acceptedAt, dueAt, warningAt, warning,
				overdue, supervision, extensionDays, extensionReason, extensionsGranted, resolvedAt, closedAt, satisfaction,
				mergedInto, hasAttachments, signForOverdue, resolvedOnTime, version, occurredAt, sourceType, sourceId);
	}
}
