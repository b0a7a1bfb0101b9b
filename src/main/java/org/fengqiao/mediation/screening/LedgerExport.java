package org.fengqiao.mediation.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.Cases;
import org.fengqiao.directory.Department;
import org.fengqiao.directory.Directory;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The round's ledger (矛盾纠纷排查化解台账) with the registers' streaming writer (dhatim fastexcel): a title, the round
 * and its deadline, then one row per dispute found and one per village that reported none, has not yet answered or
 * missed the deadline, in the columns of a town's ledger.
 */
@Component
class LedgerExport {

	static final List<String> HEADERS = List.of("序号", "村(社区)", "纠纷类型", "当事人", "简要情况", "排查时间",
			"化解措施/责任人", "化解状态", "备注");
	static final int HEADER_ROW = 2;

	/** The dispute's parties as recorded under it, in the order they were added. */
	private static final String PARTIES = """
			SELECT string_agg(name, '、' ORDER BY id) FROM dispute_parties WHERE case_number = :number
			""";

	private final Cases cases;
	private final Directory directory;
	private final JdbcClient jdbc;
	private final Clock clock;

	LedgerExport(Cases cases, Directory directory, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write(ScreeningRounds.RoundView round, Caller caller, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = workbook.newWorksheet("排查台账");
		sheet.value(0, 0, "矛盾纠纷排查化解台账");
		sheet.range(0, 0, 0, HEADERS.size() - 1).merge();
		sheet.value(1, 0, "排查：" + round.title() + "　报告截止：" + round.dueAt().toLocalDate() + "　制表日期："
				+ LocalDate.ofInstant(clock.instant(), Times.ZONE));
		sheet.range(1, 0, 1, HEADERS.size() - 1).merge();
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(HEADER_ROW, c, HEADERS.get(c));
			sheet.style(HEADER_ROW, c).bold().set();
		}
		int row = HEADER_ROW + 1;
		for (ScreeningRounds.VillageView v : round.villages()) {
			String screened = v.reportedAt() == null ? null : v.reportedAt().toLocalDate().toString();
			String remark = join(v.late() ? "逾期报告" : null, v.note());
			if (v.status() == ReportStatus.REPORTED) {
				for (String number : v.disputes()) {
					if (!cases.canRead(number, caller)) {
						line(sheet, row, new String[] { String.valueOf(row - HEADER_ROW), v.name(), null, null, number,
								screened, null, null, remark });
						row++;
						continue;
					}
					CaseView c = cases.get(number, caller);
					String[] values = { String.valueOf(row - HEADER_ROW), v.name(),
							cases.categoryName(c.category()).orElse(c.category()),
							parties(c), c.number() + " " + c.title() + "：" + brief(c.description()),
							screened, measure(c), state(c.status()), remark };
					line(sheet, row++, values);
				}
			} else {
				String status = switch (v.status()) {
					case NONE -> "零报告";
					case MISSING -> "漏报（截止前未报告）";
					default -> "未到时限，尚未报告";
				};
				line(sheet, row, new String[] { String.valueOf(row - HEADER_ROW), v.name(), "—", "—",
						v.status() == ReportStatus.NONE ? "本轮未排查出矛盾纠纷" : "—", screened, "—", "—",
						join(status, remark) });
				row++;
			}
			if (row % 500 == 0) {
				sheet.flush();
			}
		}
		workbook.finish();
	}

	/** The parties recorded under the dispute (it was checked readable); the reporter until there are any. */
	private String parties(CaseView c) {
		String recorded = jdbc.sql(PARTIES).param("number", c.number()).query(String.class).optional().orElse(null);
		return recorded != null ? recorded : c.reporter() == null ? null : c.reporter().name();
	}

	private String measure(CaseView c) {
		String unit = c.leadUnit() == null ? c.holdingUnit() : c.leadUnit();
		return unit == null ? null : directory.department(unit).map(Department::name).orElse(unit);
	}

	private static String state(CaseStatus status) {
		return switch (status) {
			case RESOLVED, FEEDBACK_GIVEN, VISITED, CLOSED -> "已化解";
			case ESCALATED -> "已上报";
			case MERGED -> "已合并";
			default -> "化解中";
		};
	}

	private static String brief(String text) {
		return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}

	private static String join(String a, String b) {
		return a == null ? b : b == null ? a : a + "；" + b;
	}

	private static void line(Worksheet sheet, int row, String[] values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null) {
				sheet.value(row, c, values[c]);
			}
		}
	}
}
