package org.fengqiao.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one streaming Excel writer of the list exports (dhatim fastexcel): a header row, then rows read
 * {@value #BATCH} at a time in id order (keyset paging through the caller's scope filter), written and flushed as
 * they come, so an export of any size runs in bounded memory. Masking is the caller's: a row is written as given.
 */
public final class XlsxExport {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	public static final int BATCH = 1_000;

	private XlsxExport() {
	}

	/** The next batch of rows after the given id (0 at the start), at most {@code limit} of them, in id order. */
	@FunctionalInterface
	public interface Batches<T> {
		List<T> after(long afterId, int limit);
	}

	/**
	 * Writes one sheet: the headers, then every row the batches give, each turned into cell values (numbers as
	 * numbers, {@code null} as an empty cell, anything else as text). Answers the number of rows written.
	 */
	public static <T> long write(OutputStream out, String sheetName, List<String> headers, Batches<T> batches,
			ToLongFunction<T> id, Function<T, Object[]> cells) throws IOException {
		Workbook workbook = new Workbook(out, "Fengqiao", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		int row = 1;
		long after = 0;
		List<T> batch;
		do {
			batch = batches.after(after, BATCH);
			for (T item : batch) {
				write(sheet, row++, cells.apply(item));
				after = id.applyAsLong(item);
			}
			sheet.flush();
		} while (batch.size() == BATCH);
		workbook.finish();
		return row - 1L;
	}

	/** Starts a workbook download: the content type, the (UTF-8) file name, no caching; answers the body's stream. */
	public static OutputStream attachment(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
		response.setHeader("Cache-Control", "no-store");
		return response.getOutputStream();
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
}
