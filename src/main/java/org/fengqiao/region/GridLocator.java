package org.fengqiao.region;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds this node's {@link GridIndex}. It is rebuilt after a local grid write, and every few seconds
 * when another node's write has bumped {@code grid_index_version}.
 */
@Component
class GridLocator {

	private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

	private record Snapshot(long version, GridIndex index) {
	}

	private final GridRepository repository;
	private volatile Snapshot snapshot;

	GridLocator(GridRepository repository) {
		this.repository = repository;
	}

	Optional<String> locate(double lat, double lng) {
		Snapshot current = snapshot;
		if (current == null) {
			current = refresh();
		}
		return current.index().locate(lat, lng);
	}

	@Scheduled(fixedDelayString = "${fengqiao.grid-index-refresh:PT5S}")
	void refreshIfChanged() {
		Snapshot current = snapshot;
		if (current != null && current.version() != repository.version()) {
			refresh();
		}
	}

	synchronized Snapshot refresh() {
		long version = repository.version();
		GridIndex index = new GridIndex(repository.boundaries().stream()
			.map(l -> new GridIndex.Entry(l.code(), l.level(), l.boundary())).toList());
		snapshot = new Snapshot(version, index);
		log.debug("grid locate index rebuilt: {} grids (version {})", index.size(), version);
		return snapshot;
	}
}
