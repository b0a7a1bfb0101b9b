package org.fengqiao.region;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.RegionCodes;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** The region module's API: look up divisions, within a caller's scope. */
@Service
public class Regions {

	/**
	 * How long a division read by code for system work is remembered. An import on this node forgets them all
	 * ({@link #forgetRemembered}); a change imported on another node (a name, level or parent) shows in such reads
	 * at most this late.
	 */
	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private final Cache<String, Region> recent = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
		.maximumSize(10_000).executor(Runnable::run).build(); // upkeep on the caller's thread, no hand-off
	private final RegionRepository repository;
	private final DivisionImport divisions;

	Regions(RegionRepository repository, javax.sql.DataSource dataSource, java.time.Clock clock) {
		this.repository = repository;
		this.divisions = new DivisionImport(dataSource, clock);
	}

	/** Loads a division table (any format {@link DivisionImport} reads), e.g. the demo's seed towns. */
	public org.fengqiao.platform.imports.Importer.ImportOutcome load(java.io.InputStream csv) throws java.io.IOException {
		try {
			return divisions.importStream(csv, new org.fengqiao.platform.imports.Importer.ImportProgress() {
				@Override
				public void total(long total) {
				}

				@Override
				public void processed(long processed) {
				}
			});
		}
		finally {
			forgetRemembered();
		}
	}

	/** Forgets the divisions remembered by {@link #find}: an import has just changed them. */
	void forgetRemembered() {
		recent.invalidateAll();
	}

	/**
	 * A division by code, whatever the caller's scope: for system work, never for a caller's answer. Divisions found
	 * are remembered for {@link #REMEMBERED} (every intake places its case by one); one not found is read again, so a
	 * division just imported is found at once.
	 */
	public Optional<Region> find(String code) {
		if (!RegionCodes.isWellFormed(code)) {
			return Optional.empty();
		}
		String padded = RegionCodes.pad(code);
		Region remembered = recent.getIfPresent(padded);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<Region> found = repository.find(padded);
		found.ifPresent(r -> recent.put(padded, r));
		return found;
	}

	/**
	 * A region the scope may see (inside it, or an ancestor of it); 404 otherwise, whether or not it
	 * exists; 400 for a malformed code.
	 */
	public Region get(String code, DataScope scope) {
		if (!RegionCodes.isWellFormed(code)) {
			throw org.fengqiao.platform.ValidationException.of("code", "region.code-invalid");
		}
		String padded = RegionCodes.pad(code);
		return repository.find(padded, scope)
			.orElseThrow(() -> ApiException.notFound("region.not-found", padded));
	}

	/** Children the scope may see, ordered by code. */
	public List<Region> children(String code, DataScope scope) {
		Region parent = get(code, scope);
		return repository.children(parent.code(), scope);
	}

	public boolean isEmpty() {
		return repository.count() == 0;
	}
}
