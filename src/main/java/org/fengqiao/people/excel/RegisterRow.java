package org.fengqiao.people.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * One register row as the sheet gave it: the cells as text (numbers as typed, never {@code 1.8873323063E10};
 * date cells as {@code 2026-03-05}) and its line number in the sheet (1 is the header).
 */
record RegisterRow(int line, List<String> cells) {

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	static RegisterRow of(Row row) {
		List<String> cells = new ArrayList<>(RegisterColumns.COUNT);
		for (int i = 0; i < RegisterColumns.COUNT; i++) {
			cells.add(text(row.hasCell(i) ? row.getCell(i) : null, i));
		}
		return new RegisterRow(row.getRowNum(), cells);
	}

	String cell(int column) {
		return cells.get(column);
	}

	boolean isBlank() {
		return cells.stream().allMatch(String::isEmpty);
	}

	private static String text(Cell cell, int column) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal n = cell.asNumber();
			if (column == RegisterColumns.PERMIT_UNTIL && n.scale() <= 0 && n.intValue() > 0 && n.intValue() < 100_000) {
				return EXCEL_EPOCH.plusDays(n.intValue()).toString(); // a date cell: days since 1899-12-30
			}
			return n.stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text.trim();
	}
}
