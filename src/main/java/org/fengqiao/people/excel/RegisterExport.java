package org.fengqiao.people.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.fengqiao.people.households.HouseholdRecord;
import org.fengqiao.people.households.HouseholdRepository;
import org.fengqiao.people.residents.ResidentFilter;
import org.fengqiao.people.residents.ResidentRecord;
import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.excel.XlsxExport;
import org.springframework.stereotype.Component;

/**
 * Streams a register list to a workbook in bounded memory with the platform's {@link XlsxExport}: rows read a
 * batch at a time in id order through the scope filter; numbers masked.
 */
@Component
class RegisterExport {

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
		return XlsxExport.write(out, "居民", RESIDENT_HEADERS, (after, limit) -> residents.after(after, limit, filter, scope),
				ResidentRecord::id, r -> new Object[] { r.regionCode(), r.gridCode(), r.householdAddress(), r.name(),
						Masks.idNumber(cipher.decrypt(r.idNumber())), "MALE".equals(r.gender()) ? "男" : "女",
						r.birthDate().toString(), r.relation(), Masks.phone(cipher.decrypt(r.phone())), r.ethnicity(),
						r.occupation(), "FLOATING".equals(r.kind()) ? RegisterColumns.FLOATING : RegisterColumns.REGISTERED,
						r.residencePermitUntil() == null ? null : r.residencePermitUntil().toString(),
						String.join("、", r.tags()), status(r.status()) });
	}

	long households(HouseholdRepository.Filter filter, DataScope scope, OutputStream out) throws IOException {
		return XlsxExport.write(out, "户", HOUSEHOLD_HEADERS, (after, limit) -> households.after(after, limit, filter, scope),
				HouseholdRecord::id, h -> new Object[] { h.regionCode(), h.gridCode(), h.address(), h.houseNumber(),
						h.headName(), h.securityHead() ? RegisterColumns.YES : RegisterColumns.NO, h.members(),
						h.active() ? "在住" : "已无人居住" });
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
