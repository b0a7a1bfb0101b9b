package org.fengqiao.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * CPU time of the server JVM and of the PostgreSQL it is connected to, read from {@code /proc/<pid>/stat} (Linux).
 * The embedded PostgreSQL's postmaster is not the JVM's child (pg_ctl starts it and exits, so it is re-parented to
 * init): it is found as the process listening on the port the server's TCP connections go to, and counted with its
 * descendants (backends, WAL writer, checkpointer…) plus what exited backends left in its reaped-children time.
 */
final class ProcessCpu {

	/** Clock ticks per second of {@code utime}/{@code stime}: USER_HZ, 100 on every Linux this runs on. */
	private static final double TICK_NANOS = 1e9 / 100;

	final long serverPid;
	final long postmasterPid;
	/** The port its PostgreSQL listens on (0 when none was found). */
	final int postgresPort;

	ProcessCpu(long serverPid, int serverPort) throws IOException {
		this.serverPid = serverPid;
		long found = 0;
		int foundPort = 0;
		for (int port : remotePorts(serverPid)) {
			if (port == serverPort) {
				continue;
			}
			long pid = listeningOn(port);
			if (pid > 0 && ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> c.endsWith("postgres")).orElse(false)) {
				found = pid;
				foundPort = port;
				break;
			}
		}
		this.postmasterPid = found;
		this.postgresPort = foundPort;
	}

	/** CPU nanoseconds so far: [0] the server JVM, [1] its PostgreSQL's processes (0 when none was found). */
	long[] sample() {
		long db = 0;
		if (postmasterPid > 0) {
			db = ticks(postmasterPid, true);
			for (long pid : ProcessHandle.of(postmasterPid).map(h -> h.descendants().map(ProcessHandle::pid).toList()).orElse(List.of())) {
				db += ticks(pid, false);
			}
		}
		return new long[] { (long) (ticks(serverPid, false) * TICK_NANOS), (long) (db * TICK_NANOS) };
	}

	/**
	 * CPU nanoseconds so far of the server JVM's JIT compiler threads (C1 and C2): part of {@link #sample()}'s [0],
	 * large until the JIT settles (on 2 cores, minutes after the load starts).
	 */
	long compilerNanos() {
		long t = 0;
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(serverPid), "task"))) {
			for (Path task : tasks) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					if (name.contains("CompilerThre")) {
						t += ticks(stat, false);
					}
				} catch (IOException | RuntimeException e) {
					// the thread ended between listing and reading
				}
			}
		} catch (IOException e) {
			return 0;
		}
		return (long) (t * TICK_NANOS);
	}

	/** utime + stime of one process, with its reaped children's time when asked. */
	private static long ticks(long pid, boolean withChildren) {
		try {
			return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withChildren);
		} catch (IOException | RuntimeException e) {
			return 0; // the process ended between listing and reading
		}
	}

	/** utime + stime from one {@code stat} line (of a process or a thread), with reaped children's when asked. */
	private static long ticks(String stat, boolean withChildren) {
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
		return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
	}

	/** The pid of the process listening on the TCP port (0 when none of ours), from /proc/net/tcp{,6}. */
	static long listeningOn(int port) throws IOException {
		Set<String> inodes = new HashSet<>();
		for (String[] f : sockets()) {
			if ("0A".equals(f[3]) && port(f[1]) == port) {
				inodes.add("socket:[" + f[9] + "]");
			}
		}
		try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
			for (Path proc : procs) {
				if (!socketsOf(proc).stream().filter(inodes::contains).toList().isEmpty()) {
					return Long.parseLong(proc.getFileName().toString());
				}
			}
		}
		return 0;
	}

	/** The remote ports of the process's established TCP connections. */
	private static Set<Integer> remotePorts(long pid) throws IOException {
		Set<String> mine = new HashSet<>(socketsOf(Path.of("/proc", Long.toString(pid))));
		Set<Integer> ports = new TreeSet<>();
		for (String[] f : sockets()) {
			if ("01".equals(f[3]) && mine.contains("socket:[" + f[9] + "]")) {
				ports.add(port(f[2]));
			}
		}
		return ports;
	}

	private static List<String[]> sockets() throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
			Files.readAllLines(Path.of(table)).stream().skip(1).forEach(l -> rows.add(l.trim().split("\\s+")));
		}
		return rows;
	}

	private static int port(String address) {
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
	}

	private static List<String> socketsOf(Path proc) {
		List<String> links = new ArrayList<>();
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
			for (Path fd : fds) {
				try {
					links.add(Files.readSymbolicLink(fd).toString());
				} catch (IOException e) {
					// closed meanwhile
				}
			}
		} catch (IOException | SecurityException e) {
			// another user's process, or it ended
		}
		return links;
	}
}
