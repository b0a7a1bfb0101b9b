package org.fengqiao.people.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.fengqiao.people.households.GridHouseholds;
import org.fengqiao.people.households.Places;
import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.imports.Importer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/imports/residents}: the household/resident register a town fills in, streamed row by row.
 * Rows are checked one by one, written in chunks of {@value #CHUNK}; every rejected row goes to the job's error
 * workbook with its reason, every good row is written, and a re-imported sheet updates instead of duplicating.
 * Good rows are split by household into {@value #WRITERS} lanes, each written on its own thread and connection
 * while the reader goes on (one chunk ahead per lane at most, each lane in order): a household and its people
 * are always in one lane, so the lanes never touch the same row and never wait for each other.
 */
@Component
class ResidentImporter implements Importer {

	static final int CHUNK = 5_000;
	static final int WRITERS = 2;
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final RegisterWriter writer;
	private final ErrorWorkbooks errors;
	private final Places places;
	private final GridHouseholds counts;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final AuditLog audit;
	private final Clock clock;

	ResidentImporter(RegisterWriter writer, ErrorWorkbooks errors, Places places, GridHouseholds counts,
			MessageSource messages, TransactionTemplate transactions, AuditLog audit, Clock clock) {
		this.writer = writer;
		this.errors = errors;
		this.places = places;
		this.counts = counts;
		this.messages = messages;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "residents";
	}

	@Override
	public void checkAllowed(Caller caller) {
		if (!PeopleAccess.mayImport(caller)) {
			throw ApiException.forbidden("people.import-forbidden");
		}
	}

	@Override
	public List<String> acceptedEndings() {
		return List.of(".xlsx");
	}

	@Override
	public Optional<String> errorWorkbook(UUID jobId) {
		return errors.exists(jobId) ? Optional.of("/api/residents/imports/" + jobId + "/errors.xlsx") : Optional.empty();
	}

	@Override
	public ImportOutcome run(Path file, String fileName, ImportJob job, ImportProgress progress) throws IOException {
		long total = Math.max(0, SheetRows.count(file) - 1);
		progress.total(total);
		Run run = new Run(job, progress);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			Sheet sheet = workbook.findSheet("居民").orElse(workbook.getFirstSheet());
			try (Stream<Row> rows = sheet.openStream()) {
				Iterator<Row> it = rows.iterator();
				if (!it.hasNext() || !header(RegisterRow.of(it.next()))) {
					throw new IllegalArgumentException(text("people.import.header-invalid"));
				}
				while (it.hasNext()) {
					run.add(RegisterRow.of(it.next()));
				}
			}
		} finally {
			run.finish();
		}
		audit.recordAs(job.caller().username(), "RESIDENT_IMPORT", "import", job.id().toString());
		return new ImportOutcome(run.seen, run.accepted, run.rejected, run.firstReasons);
	}

	private static boolean header(RegisterRow row) {
		for (int c = 0; c < RegisterColumns.HEADERS.size(); c++) {
			if (!RegisterColumns.HEADERS.get(c).equals(row.cell(c))) {
				return false;
			}
		}
		return true;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, ZH);
	}

	/** A chunk on a writer thread: its rows, their sheet rows by line, what it did. */
	private record Pending(List<CheckedRow> rows, Map<Integer, RegisterRow> lines, RegisterWriter.Written written) {
	}

	/** One job's state: the lanes, the numbers seen, the error workbook once a row is rejected. */
	private final class Run {

		private final ImportJob job;
		private final ImportProgress progress;
		private final RegisterRowCheck check;
		private final LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
		private final Map<String, Integer> seenNumbers = new HashMap<>();
		private final List<Lane> lanes = new ArrayList<>(WRITERS);
		private final Set<String> grids = new TreeSet<>();
		private final List<String> firstReasons = new ArrayList<>();
		private ErrorWorkbook errorBook;
		private long seen;
		private long accepted;
		private long rejected;

		Run(ImportJob job, ImportProgress progress) {
			this.job = job;
			this.progress = progress;
			// a register has a handful of villages and grids: each is looked up and checked against the scope once
			Map<String, Optional<String>> villages = new HashMap<>();
			Map<String, Boolean> permitted = new HashMap<>();
			this.check = new RegisterRowCheck(today,
					grid -> villages.computeIfAbsent(grid, g -> places.find(g).map(Places.Place::regionCode)),
					(region, grid) -> permitted.computeIfAbsent(region + '/' + grid,
							k -> ResidentRepository.VISIBLE.permits(job.caller().scope(), region, grid)));
			for (int i = 0; i < WRITERS; i++) {
				lanes.add(new Lane(i));
			}
		}

		void add(RegisterRow row) throws IOException {
			if (row.isBlank()) {
				return;
			}
			seen++;
			RegisterRowCheck.Outcome outcome = check.check(row);
			if (!outcome.accepted()) {
				reject(row, outcome.reasons().stream().map(r -> text(r.key(), r.args())).distinct()
					.reduce((a, b) -> a + "；" + b).orElseThrow());
				return;
			}
			Integer earlier = seenNumbers.putIfAbsent(outcome.row().idNumber(), row.line());
			if (earlier != null) {
				reject(row, text("people.import.duplicate", earlier));
				return;
			}
			CheckedRow checked = outcome.row();
			Lane lane = lanes.get(Math.floorMod(31 * checked.regionCode().hashCode() + checked.address().hashCode(), WRITERS));
			lane.add(checked, row);
		}

		private void reject(RegisterRow row, String reason) throws IOException {
			rejected++;
			if (errorBook == null) {
				errorBook = new ErrorWorkbook(errors.file(job.id()));
			}
			errorBook.add(row, reason);
			if (firstReasons.size() < 20) {
				firstReasons.add("第 " + row.line() + " 行：" + reason);
			}
		}

		/** Rows seen and not waiting in a lane: what the progress bar shows as processed. */
		private void report() {
			long waiting = lanes.stream().mapToLong(Lane::waiting).sum();
			progress.processed(seen - waiting);
		}

		void finish() throws IOException {
			try {
				for (Lane lane : lanes) {
					lane.flush();
				}
				for (Lane lane : lanes) {
					lane.settle();
				}
				report();
				if (!grids.isEmpty()) {
					transactions.executeWithoutResult(tx -> counts.recount(grids));
				}
			} finally {
				lanes.forEach(Lane::close);
				if (errorBook != null) {
					errorBook.close();
					errors.register(job.id(), job.caller().username(), errorBook.rows());
				}
			}
		}

		/** The households whose hash falls to it: the chunk being filled, and the chunk its thread writes. */
		private final class Lane {

			private final ExecutorService thread;
			private final Map<Integer, RegisterRow> chunkRows = new LinkedHashMap<>();
			private final List<CheckedRow> chunk = new ArrayList<>(CHUNK);
			private Future<Pending> pending;
			private int pendingRows;

			Lane(int index) {
				this.thread = Executors.newSingleThreadExecutor(r -> {
					Thread t = new Thread(r, "resident-import-writer-" + index);
					t.setDaemon(true);
					return t;
				});
			}

			void add(CheckedRow checked, RegisterRow row) throws IOException {
				chunk.add(checked);
				chunkRows.put(row.line(), row);
				if (chunk.size() >= CHUNK) {
					flush();
				}
			}

			long waiting() {
				return chunk.size() + pendingRows;
			}

			/** Hands the chunk to the lane's thread, once the one before it is written; encrypts it here meanwhile. */
			void flush() throws IOException {
				if (chunk.isEmpty()) {
					return;
				}
				List<CheckedRow> rows = List.copyOf(chunk);
				Map<Integer, RegisterRow> lines = new HashMap<>(chunkRows);
				chunk.clear();
				chunkRows.clear();
				java.io.InputStream copyRows = writer.copyRows(rows);
				settle();
				pendingRows = rows.size();
				pending = thread.submit(() -> new Pending(rows, lines, transactions.execute(tx -> {
					try {
						return writer.write(rows, copyRows, job.caller().scope(), job.caller().username(),
								clock.instant(), today);
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				})));
			}

			/** Waits for the chunk being written, then counts it and rejects its lines registered elsewhere. */
			void settle() throws IOException {
				if (pending == null) {
					return;
				}
				Pending done;
				try {
					done = pending.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("import interrupted", e);
				} catch (ExecutionException e) {
					if (e.getCause() instanceof RuntimeException r) {
						throw r;
					}
					throw new IllegalStateException(e.getCause());
				} finally {
					pending = null;
					pendingRows = 0;
				}
				for (Integer line : done.written().foreign()) {
					reject(done.lines().get(line), text("people.resident-exists") + "（在您管辖范围以外登记）");
				}
				accepted += done.rows().size() - done.written().foreign().size();
				grids.addAll(done.written().grids());
				report();
			}

			void close() {
				thread.shutdownNow();
			}
		}
	}
}
