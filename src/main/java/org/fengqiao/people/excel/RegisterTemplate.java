package org.fengqiao.people.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.springframework.stereotype.Component;

/**
 * The register template a town fills in: the header and a sample row, then the code lists (resident kinds,
 * relations, ethnic groups, yes/no, and the villages and grids the downloading user may import into).
 */
@Component
class RegisterTemplate {

	private final Grids grids;

	RegisterTemplate(Grids grids) {
		this.grids = grids;
	}

	void write(DataScope scope, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = workbook.newWorksheet("居民");
		for (int c = 0; c < RegisterColumns.HEADERS.size(); c++) {
			sheet.value(0, c, RegisterColumns.HEADERS.get(c));
			sheet.value(1, c, RegisterColumns.SAMPLE.get(c));
			sheet.width(c, c == RegisterColumns.ADDRESS ? 24 : c == RegisterColumns.ID_NUMBER ? 22 : 14);
		}
		list(workbook, "人口类型", List.of(RegisterColumns.REGISTERED, RegisterColumns.FLOATING));
		list(workbook, "与户主关系", RegisterColumns.RELATIONS);
		list(workbook, "民族", RegisterColumns.ETHNICITIES);
		list(workbook, "治安户长", List.of(RegisterColumns.YES, RegisterColumns.NO));
		Worksheet places = workbook.newWorksheet("村（社区）与网格");
		places.value(0, 0, "村（社区）代码");
		places.value(0, 1, "网格编码");
		places.value(0, 2, "网格名称");
		int row = 1;
		Page<Grid> page;
		int n = 0;
		do {
			page = grids.list(null, null, scope, new PageQuery(n++, PageQuery.MAX_SIZE));
			for (Grid g : page.items()) {
				places.value(row, 0, g.regionCode());
				places.value(row, 1, g.code());
				places.value(row, 2, g.name());
				row++;
			}
		} while (page.items().size() == PageQuery.MAX_SIZE);
		workbook.finish();
	}

	private static void list(Workbook workbook, String name, List<String> values) {
		Worksheet sheet = workbook.newWorksheet(name);
		for (int i = 0; i < values.size(); i++) {
			sheet.value(i, 0, values.get(i));
		}
	}
}
