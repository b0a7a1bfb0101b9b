package org.fengqiao.people.special;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.excel.XlsxExport;
import org.springframework.stereotype.Component;

/**
 * Streams the files list to a workbook in bounded memory with the platform's {@link XlsxExport}: rows read a
 * batch at a time in id order through the files' rule; numbers masked.
 */
@Component
class SpecialExport {

	static final List<String> HEADERS = List.of("姓名", "身份证号", "联系电话", "人员类别", "风险等级", "重点人员",
			"村（社区）代码", "网格编码", "包联网格员", "下次走访截止", "是否逾期");

	private final FileRepository files;
	private final PersonalDataCipher cipher;
	private final Clock clock;

	SpecialExport(FileRepository files, PersonalDataCipher cipher, Clock clock) {
		this.files = files;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Writes the files matching the filter; answers the number of rows. */
	long write(FileRepository.Filter filter, DataScope scope, OutputStream out) throws IOException {
		Instant now = clock.instant();
		return XlsxExport.write(out, "特殊人群", HEADERS, (after, limit) -> files.after(after, limit, filter, scope, now),
				FileRepository.Row::id, r -> new Object[] { r.residentName(), Masks.idNumber(cipher.decrypt(r.idNumber())),
						r.phone() == null ? null : Masks.phone(cipher.decrypt(r.phone())), r.categoryName(), risk(r.risk()),
						r.key() ? "是" : "否", r.regionCode(), r.gridCode(), r.team()[7],
						r.nextVisitDue() == null ? null : r.nextVisitDue().toString(), r.overdue() ? "是" : "否" });
	}

	private static String risk(RiskLevel level) {
		return switch (level) {
			case HIGH -> "高";
			case MEDIUM -> "中";
			case LOW -> "低";
		};
	}
}
