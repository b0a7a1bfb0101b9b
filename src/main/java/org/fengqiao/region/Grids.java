package org.fengqiao.region;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.geo.Coordinates;
import org.fengqiao.platform.geo.Crs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The grid module API: read, write and locate grids, always within the caller's scope. */
@Service
public class Grids {

	private final GridRepository repository;
	private final Regions regions;
	private final GridLocator locator;
	private final AuditLog audit;
	private final Clock clock;

	Grids(GridRepository repository, Regions regions, GridLocator locator, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.regions = regions;
		this.locator = locator;
		this.audit = audit;
		this.clock = clock;
	}

	/** A grid in scope; 404 otherwise. */
	public Grid get(String code, DataScope scope) {
		return repository.find(code, scope)
			.orElseThrow(() -> ApiException.notFound("grid.not-found", code));
	}

	/** A grid by code, whatever the caller's scope: for system work, never for a caller's answer. */
	public Optional<Grid> find(String code) {
		return repository.find(code);
	}

	/** Grids under a region (any level below it), limited to the scope. */
	public Page<Grid> list(String regionCode, Integer level, DataScope scope, PageQuery page) {
		String prefix = regionCode == null ? "" : RegionCodes.prefix(regions.get(regionCode, scope).code());
		if (level != null && level != 1 && level != 2) {
			throw ValidationException.of("level", "grid.level-invalid");
		}
		return Page.of(repository.page(prefix, level, scope, page), page, repository.count(prefix, level, scope));
	}

	/** The level-2 (else level-1) grid containing a point, within the scope. */
	public Optional<Grid> locate(double lat, double lng, Crs crs, DataScope scope) {
		if (lat < -90 || lat > 90) {
			throw ValidationException.of("lat", "validation.latitude");
		}
		if (lng < -180 || lng > 180) {
			throw ValidationException.of("lng", "validation.longitude");
		}
		Coordinates.LatLng wgs = Coordinates.toWgs84(lat, lng, crs == null ? Crs.WGS84 : crs);
		return locator.locate(wgs.lat(), wgs.lng()).flatMap(code -> repository.find(code, scope));
	}

	@Transactional
	public Grid create(Grid grid, Caller caller) {
		caller.requireWrite("grid.forbidden", Role.CENTER_STAFF);
		Region village = regions.get(grid.regionCode(), caller.scope());
		if (!GridRepository.VISIBLE.permits(caller.scope(), village.code())) { // an ancestor is no place for a grid
			throw ApiException.notFound("region.not-found", village.code());
		}
		if (village.level() != RegionLevel.VILLAGE) {
			throw ValidationException.of("regionCode", "grid.region-not-village");
		}
		if (grid.level() == 2) {
			Grid parent = repository.find(grid.parentCode() == null ? "" : grid.parentCode())
				.filter(p -> p.level() == 1 && p.regionCode().equals(village.code()))
				.orElseThrow(() -> ValidationException.of("parentCode", "grid.parent-invalid"));
			grid = withParent(grid, parent.code());
		} else {
			grid = withParent(grid, null);
		}
		if (repository.find(grid.code()).isPresent()) {
			throw ApiException.conflict("grid.exists", grid.code());
		}
		Grid stored = new Grid(grid.code(), grid.name(), grid.level(), village.code(), grid.parentCode(),
				grid.households(), GridBoundary.check(grid.boundary()), false);
		repository.insertAll(List.of(stored), clock.instant());
		audit.record("GRID_CREATE", "grid", stored.code());
		refreshAfterCommit();
		return stored;
	}

	@Transactional
	public Grid update(String code, String name, String boundary, Caller caller) {
		caller.requireWrite("grid.forbidden", Role.CENTER_STAFF);
		Grid current = get(code, caller.scope());
		repository.update(code, name, current.households(),
				GridBoundary.check(boundary), clock.instant());
		audit.record("GRID_UPDATE", "grid", code);
		refreshAfterCommit();
		return repository.find(code).orElseThrow();
	}

	/**
	 * Sets a grid's household count: kept by {@code people} from its households (a household created, moved to
	 * another grid or deactivated), in the same transaction as that change; no longer typed in.
	 */
	@Transactional
	public void countHouseholds(String code, int households) {
		repository.updateHouseholds(code, households);
	}

	/** Deletes a grid with no sub-grids and no households. */
	@Transactional
	public void delete(String code, Caller caller) {
		caller.requireWrite("grid.forbidden", Role.CENTER_STAFF);
		Grid grid = get(code, caller.scope());
		if (grid.households() > 0 || repository.hasChildren(code)) {
			throw ApiException.conflict("grid.not-empty", code);
		}
		repository.delete(code);
		audit.record("GRID_DELETE", "grid", code);
		refreshAfterCommit();
	}

	/** Bulk load for reference and demo data (no caller: system). */
	@Transactional
	public void loadAll(List<Grid> grids) {
		repository.insertAll(grids, clock.instant());
		refreshAfterCommit();
	}

	private void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					locator.refresh();
				}
			});
		}
	}

	private static Grid withParent(Grid g, String parentCode) {
		return new Grid(g.code(), g.name(), g.level(), g.regionCode(), parentCode, g.households(), g.boundary(),
				g.synthetic());
	}
}
