package org.fengqiao.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fengqiao.platform.IdNumbers;

/**
 * Generated household/resident registers in the template's columns: households of three, valid unique ID
 * numbers, and on request one bad row in a hundred (wrong check digit, legacy 15-digit number, bad phone, a grid
 * of another village, a number repeated from the row before), each with the reason the import must give.
 */
public final class RegisterWorkbooks {

	public static final List<String> HEADERS = List.of("村（社区）代码", "网格编码", "地址", "门牌号", "治安户长", "姓名",
			"身份证号", "与户主关系", "联系电话", "民族", "职业", "人口类型", "居住证有效期至", "标签");
	private static final String[] RELATIONS = { "户主", "配偶", "子" };
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
	private static final String[] GIVEN = { "建国", "秀英", "志强", "桂兰", "海燕", "伟", "芳", "磊", "静", "军" };

	/** A generated register: the workbook and, for every bad line, a fragment of its expected reason. */
	public record Generated(byte[] bytes, int rows, Map<Integer, String> bad) {
	}

	private RegisterWorkbooks() {
	}

	/**
	 * @param batch 0–9, keeps the ID numbers and addresses of different registers apart
	 * @param withBadRows one row in a hundred is bad
	 */
	public static Generated generate(int rows, int batch, String village, String grid, boolean withBadRows)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 120);
		Map<Integer, String> bad = write(rows, batch, village, grid, withBadRows, out);
		return new Generated(out.toByteArray(), rows, bad);
	}

	public static Map<Integer, String> write(int rows, int batch, String village, String grid, boolean withBadRows,
			OutputStream out) throws IOException {
		Map<Integer, String> bad = new TreeMap<>();
		Workbook workbook = new Workbook(out, "Fengqiao tests", "1.0");
		Worksheet sheet = workbook.newWorksheet("居民");
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(0, c, HEADERS.get(c));
		}
		String previousId = null;
		for (int i = 0; i < rows; i++) {
			int line = i + 2;
			String id = idNumber(batch, i);
			String phone = "139" + String.format("%08d", i);
			String rowGrid = grid;
			if (withBadRows && i % 100 == 50) {
				switch ((i / 100) % 5) {
					case 0 -> {
						id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
						bad.put(line, "校验位");
					}
					case 1 -> {
						id = id.substring(0, 6) + id.substring(8, 17);
						bad.put(line, "15 位");
					}
					case 2 -> {
						phone = "12345";
						bad.put(line, "电话");
					}
					case 3 -> {
						rowGrid = "61072210120900101";
						bad.put(line, "网格");
					}
					default -> {
						id = previousId;
						bad.put(line, "重复");
					}
				}
			}
			int r = line - 1;
			sheet.value(r, 0, village);
			sheet.value(r, 1, rowGrid);
			sheet.value(r, 2, "导入" + batch + "路" + (i / 3) + "号");
			sheet.value(r, 3, Integer.toString(i / 3));
			sheet.value(r, 4, i % 300 == 0 ? "是" : "否");
			sheet.value(r, 5, SURNAMES[i % 10] + GIVEN[(i / 10) % 10]);
			sheet.value(r, 6, id);
			sheet.value(r, 7, RELATIONS[i % 3]);
			sheet.value(r, 8, Long.parseLong(phone)); // a numeric cell, as Excel keeps a typed phone
			sheet.value(r, 9, "汉族");
			sheet.value(r, 10, "农民");
			sheet.value(r, 11, i % 20 == 0 ? "流动" : "户籍");
			if (i % 20 == 0) {
				sheet.value(r, 12, LocalDate.of(2027, 6, 30).toString());
			}
			previousId = id;
			if (i % 1000 == 999) {
				sheet.flush();
			}
		}
		workbook.finish();
		return bad;
	}

	/** A valid ID number, unique per batch and index, born in 天津市 (12010x) so no test or demo person clashes. */
	public static String idNumber(int batch, int i) {
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 25_000);
		String first17 = "12010" + batch + birth.toString().replace("-", "") + String.format("%03d", i / 25_000);
		return first17 + IdNumbers.checkCharacter(first17);
	}
}
