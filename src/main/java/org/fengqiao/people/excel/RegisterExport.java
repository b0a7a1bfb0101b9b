package org.fengqiao.people.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fengqiao.people.households.HouseholdRecord;
import org.fengqiao.people.households.HouseholdRepository;
import org.fengqiao.people.residents.ResidentFilter;
import org.fengqiao.people.residents.ResidentRecord;
import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Streams a register list to a workbook in bounded memory: rows read {@value #BATCH} at a time in id order
 * through the scope filter, written and flushed as they come; numbers masked.
 */
@Component
class RegisterExport {

	static final int BATCH = 1_000;
	private static final List<String> RESIDENT_HEADERS = List.of("村（社区）代码", "网格编码", "地址", "姓名", "身份证号",
			"性别", "出生日期", "与户主关系", "联系电话", "民族", "职业", "人口类型", "居住证有效期至", "标签", "状态");
	private static final List<String> HOUSEHOLD_HEADERS = List.of("村（社区）代码", "网格编码", "地址", "门牌号", "户主",
			"治安户长", "现有人数", "状态");

	private final ResidentRepository residents;
	private final HouseholdRepository households;
	private final PersonalDataCipher cipher;

	RegisterExport(ResidentRepository residents, HouseholdRepository households, PersonalDataCipher cipher) {
		this.residents = residents;
		this.households = households;
		this.cipher = cipher;
	}

	/** Writes the residents matching the filter; answers the number of rows. */
	long residents(ResidentFilter filter, DataScope scope, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = header(workbook.newWorksheet("居民"), RESIDENT_HEADERS);
		int row = 1;
		long after = 0;
		List<ResidentRecord> batch;
		do {
			batch = residents.after(after, BATCH, filter, scope);
			for (ResidentRecord r : batch) {
				Object[] values = { r.regionCode(), r.gridCode(), r.householdAddress(), r.name(),
						Masks.idNumber(cipher.decrypt(r.idNumber())), "MALE".equals(r.gender()) ? "男" : "女",
						r.birthDate().toString(), r.relation(), Masks.phone(cipher.decrypt(r.phone())), r.ethnicity(),
						r.occupation(), "FLOATING".equals(r.kind()) ? RegisterColumns.FLOATING : RegisterColumns.REGISTERED,
						r.residencePermitUntil() == null ? null : r.residencePermitUntil().toString(),
						String.join("、", r.tags()), status(r.status()) };
				write(sheet, row++, values);
				after = r.id();
			}
			sheet.flush();
		} while (batch.size() == BATCH);
		workbook.finish();
		return row - 1L;
	}

	long households(HouseholdRepository.Filter filter, DataScope scope, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = header(workbook.newWorksheet("户"), HOUSEHOLD_HEADERS);
		int row = 1;
		long after = 0;
		List<HouseholdRecord> batch;
		do {
			batch = households.after(after, BATCH, filter, scope);
			for (HouseholdRecord h : batch) {
				write(sheet, row++, new Object[] { h.regionCode(), h.gridCode(), h.address(), h.houseNumber(),
						h.headName(), h.securityHead() ? RegisterColumns.YES : RegisterColumns.NO, h.members(),
						h.active() ? "在住" : "已无人居住" });
				after = h.id();
			}
			sheet.flush();
		} while (batch.size() == BATCH);
		workbook.finish();
		return row - 1L;
	}

	private static Worksheet header(Worksheet sheet, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		return sheet;
	}

	private static void write(Worksheet sheet, int row, Object[] values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Number n) {
				sheet.value(row, c, n);
			} else if (values[c] != null) {
				sheet.value(row, c, values[c].toString());
			}
		}
	}

	private static String status(String status) {
		return switch (status) {
			case "MOVED_OUT" -> "已迁出";
			case "DECEASED" -> "已死亡";
			case "DEREGISTERED" -> "已注销";
			default -> "在住";
		};
	}
}
