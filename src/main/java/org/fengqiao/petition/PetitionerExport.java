package org.fengqiao.petition;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.fengqiao.people.People;
import org.fengqiao.people.ResidentSummary;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.excel.XlsxExport;
import org.springframework.stereotype.Component;

/**
 * The petitioner register's Excel twin ({@code GET /api/petitioners/export.xlsx}): the list's filters, streamed with
 * the platform's {@link XlsxExport} in id order; a registered resident's ID number and phone masked as the people
 * module gives them; for those who may both read the register and export (the town's or county's center leaders);
 * audited.
 */
@Component
class PetitionerExport {

	static final List<String> HEADERS = List.of("村（社区）代码", "姓名", "管控等级", "身份证号", "联系电话", "住址",
			"责任人", "信息员", "备注");

	private final PetitionerRepository register;
	private final People people;
	private final AuditLog audit;

	PetitionerExport(PetitionerRepository register, People people, AuditLog audit) {
		this.register = register;
		this.people = people;
		this.audit = audit;
	}

	/** Refuses (403) before anything is written, checks the filter (400), records the export. */
	String start(String region, Caller caller) {
		PetitionAccess.requireRegisterExport(caller);
		if (region != null && !RegionCodes.isWellFormed(region)) {
			throw ValidationException.of("region", "petition.field.region");
		}
		audit.record("EXPORT", Petitioners.RECORD_TYPE, "export");
		return region == null ? "%" : RegionCodes.prefix(region) + "%";
	}

	/** Writes the petitioners matching the filter; answers the number of rows. */
	long write(String pattern, ControlGrade grade, Caller caller, OutputStream out) throws IOException {
		return XlsxExport.write(out, "信访人名册", HEADERS,
				(after, limit) -> register.after(after, limit, pattern, grade, caller.scope()),
				PetitionViews.Petitioner::id, p -> {
					ResidentSummary r = resident(p.residentId(), caller);
					return new Object[] { p.regionCode(), p.name(), grade(p.grade()), r == null ? null : r.idNumber(),
							r == null ? null : r.phone(), p.address(), p.responsiblePerson(), p.informant(), p.note() };
				});
	}

	/** The linked resident, masked; none when unlinked or out of the caller's scope. */
	private ResidentSummary resident(Long id, Caller caller) {
		if (id == null) {
			return null;
		}
		try {
			return people.resident(id, caller);
		} catch (ApiException e) {
			return null;
		}
	}

	private static String grade(ControlGrade grade) {
		return switch (grade) {
			case RED -> "红";
			case YELLOW -> "黄";
			case GREEN -> "绿";
		};
	}
}
