package org.fengqiao.people.special;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Streams the files list to a workbook in bounded memory with the registers' writer (dhatim fastexcel): rows read
 * {@value #BATCH} at a time in id order through the files' rule, written and flushed as they come; numbers masked.
 */
@Component
class SpecialExport {

	static final int BATCH = 1_000;
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
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = workbook.newWorksheet("特殊人群");
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(0, c, HEADERS.get(c));
		}
		int row = 1;
		long after = 0;
		List<FileRepository.Row> batch;
		do {
			batch = files.after(after, BATCH, filter, scope, now);
			for (FileRepository.Row r : batch) {
				String[] values = { r.residentName(), Masks.idNumber(cipher.decrypt(r.idNumber())),
						r.phone() == null ? null : Masks.phone(cipher.decrypt(r.phone())), r.categoryName(), risk(r.risk()),
						r.key() ? "是" : "否", r.regionCode(), r.gridCode(), r.team()[7],
						r.nextVisitDue() == null ? null : r.nextVisitDue().toString(), r.overdue() ? "是" : "否" };
				for (int c = 0; c < values.length; c++) {
					if (values[c] != null) {
						sheet.value(row, c, values[c]);
					}
				}
				row++;
				after = r.id();
			}
			sheet.flush();
		} while (batch.size() == BATCH);
		workbook.finish();
		return row - 1L;
	}

	private static String risk(RiskLevel level) {
		return switch (level) {
			case HIGH -> "高";
			case MEDIUM -> "中";
			case LOW -> "低";
		};
	}
}
