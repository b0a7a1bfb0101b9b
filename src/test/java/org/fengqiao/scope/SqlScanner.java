package org.fengqiao.scope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Reads compiled classes for SQL that reads a scoped table ({@code FROM} or {@code JOIN} it; a
 * {@code DELETE FROM} is a write) without {@link ScopeSql#PLACEHOLDER}, and reports those not under
 * {@link ReadsAcrossScopes} with a non-blank reason (on the method, the method a lambda is in, or the class
 * or an enclosing class). String constants are the class file's: {@code ldc} operands (text blocks and
 * constant concatenations) and the recipes of {@code invokedynamic} concatenations.
 */
final class SqlScanner {

	/** One unfiltered read: where, and the SQL. */
	record Finding(String className, String method, String table, String sql) {
	}

	private static final String MARKER = "L" + ReadsAcrossScopes.class.getName().replace('.', '/') + ";";

	private final Pattern read;

	SqlScanner(List<String> scopedTables) {
		this.read = Pattern.compile("(?<!DELETE\\s)\\b(?:FROM|JOIN)\\s+(" + String.join("|", scopedTables) + ")\\b",
				Pattern.CASE_INSENSITIVE);
	}

	List<Finding> scan(Path classesRoot) {
		List<ClassInfo> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classesRoot)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					classes.add(read(new ClassReader(in)));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return findings(classes);
	}

	List<Finding> scan(Class<?> type) {
		try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
			return findings(List.of(read(new ClassReader(in))));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Finding> findings(List<ClassInfo> classes) {
		Map<String, ClassInfo> byName = new HashMap<>();
		classes.forEach(c -> byName.put(c.name, c));
		List<Finding> findings = new ArrayList<>();
		for (ClassInfo c : classes) {
			for (MethodInfo m : c.methods.values()) {
				for (String sql : m.strings) {
					Matcher match = read.matcher(sql);
					if (match.find() && !sql.contains(ScopeSql.PLACEHOLDER) && !marked(c, m, byName)) {
						findings.add(new Finding(c.name.replace('/', '.'), m.name, match.group(1).toLowerCase(), sql.strip()));
					}
				}
			}
		}
		return findings;
	}

	private static boolean marked(ClassInfo c, MethodInfo m, Map<String, ClassInfo> byName) {
		if (m.reason != null) {
			return true;
		}
		if (m.name.startsWith("lambda$")) { // lambda$<enclosing method>$<n>
			String[] parts = m.name.split("\\$");
			for (MethodInfo other : c.methods.values()) {
				if (parts.length > 1 && other.name.equals(parts[1]) && other.reason != null) {
					return true;
				}
			}
		}
		for (String name = c.name; name != null; name = name.contains("$") ? name.substring(0, name.lastIndexOf('$')) : null) {
			ClassInfo outer = name.equals(c.name) ? c : byName.get(name);
			if (outer != null && outer.reason != null) {
				return true;
			}
		}
		return false;
	}

	private static final class ClassInfo {
		String name;
		String reason;
		final Map<String, MethodInfo> methods = new HashMap<>();
	}

	private static final class MethodInfo {
		final String name;
		String reason;
		final List<String> strings = new ArrayList<>();

		MethodInfo(String name) {
			this.name = name;
		}
	}

	/** Collects the marker's reason, when it is not blank. */
	private static AnnotationVisitor reasonOf(String descriptor, java.util.function.Consumer<String> sink) {
		if (!MARKER.equals(descriptor)) {
			return null;
		}
		return new AnnotationVisitor(Opcodes.ASM9) {
			@Override
			public void visit(String name, Object value) {
				if ("reason".equals(name) && value instanceof String s && !s.isBlank()) {
					sink.accept(s);
				}
			}
		};
	}

	private static ClassInfo read(ClassReader reader) {
		ClassInfo info = new ClassInfo();
		reader.accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				info.name = name;
			}

			@Override
			public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
				return reasonOf(descriptor, r -> info.reason = r);
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
					String[] exceptions) {
				MethodInfo method = new MethodInfo(name);
				info.methods.put(name + descriptor, method);
				return new MethodVisitor(Opcodes.ASM9) {
					@Override
					public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
						return reasonOf(annotation, r -> method.reason = r);
					}

					@Override
					public void visitLdcInsn(Object value) {
						if (value instanceof String s) {
							method.strings.add(s);
						}
					}

					@Override
					public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... arguments) {
						for (Object argument : arguments) {
							if (argument instanceof String s) {
								method.strings.add(s);
							}
						}
					}
				};
			}
		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		return info;
	}
}
