package org.fengqiao.people.households;

import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.springframework.stereotype.Component;

/** Where a household or resident may be written: a grid of its village, inside the writer's scope. */
@Component
public class Places {

	/** A village and one of its grids. */
	public record Place(String regionCode, String gridCode) {
	}

	private final Grids grids;

	Places(Grids grids) {
		this.grids = grids;
	}

	/**
	 * The grid, checked to exist in the village and to be the caller's to write; a grid outside the scope reads as
	 * unknown (field {@code gridCode}), so no place outside it is revealed.
	 */
	public Place check(String regionCode, String gridCode, Caller caller) {
		if (gridCode == null || gridCode.isBlank()) {
			throw ValidationException.of("gridCode", "people.grid-required");
		}
		Grid grid = grids.find(gridCode).orElseThrow(() -> ValidationException.of("gridCode", "people.grid-invalid"));
		if ((regionCode != null && !regionCode.equals(grid.regionCode()))
				|| !ResidentRepository.VISIBLE.permits(caller.scope(), grid.regionCode(), grid.code())) {
			throw ValidationException.of("gridCode", "people.grid-invalid");
		}
		return new Place(grid.regionCode(), grid.code());
	}

	/** The same check without a caller (imports check the rows against the importer's scope themselves). */
	public java.util.Optional<Place> find(String gridCode) {
		return gridCode == null ? java.util.Optional.empty()
				: grids.find(gridCode).map(g -> new Place(g.regionCode(), g.code()));
	}
}
