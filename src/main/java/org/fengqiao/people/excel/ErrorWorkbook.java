package org.fengqiao.people.excel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The rejected rows of one import, streamed to a file: the same columns as the template plus the reason. */
final class ErrorWorkbook implements AutoCloseable {

	private final OutputStream out;
	private final Workbook workbook;
	private final Worksheet sheet;
	private int next = 1;

	ErrorWorkbook(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		this.out = new BufferedOutputStream(Files.newOutputStream(file));
		this.workbook = new Workbook(out, "Fengqiao", "1.0");
		this.sheet = workbook.newWorksheet("错误明细");
		for (int c = 0; c < RegisterColumns.HEADERS.size(); c++) {
			sheet.value(0, c, RegisterColumns.HEADERS.get(c));
		}
		sheet.value(0, RegisterColumns.COUNT, RegisterColumns.REASON);
		sheet.value(0, RegisterColumns.COUNT + 1, "原行号");
	}

	void add(RegisterRow row, String reason) throws IOException {
		for (int c = 0; c < RegisterColumns.COUNT; c++) {
			String v = row.cell(c);
			if (!v.isEmpty()) {
				sheet.value(next, c, v);
			}
		}
		sheet.value(next, RegisterColumns.COUNT, reason);
		sheet.value(next, RegisterColumns.COUNT + 1, row.line());
		next++;
		if (next % 1000 == 0) {
			sheet.flush();
		}
	}

	int rows() {
		return next - 1;
	}

	@Override
	public void close() throws IOException {
		workbook.finish();
		out.close();
	}
}
