package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.Cases;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.files.FileAccessPolicy;
import org.springframework.stereotype.Component;

/** A file attached to a case may be downloaded by whoever may read the case. */
@Component
public class CaseFileAccess implements FileAccessPolicy {

	private final Cases cases;

	CaseFileAccess(Cases cases) {
		this.cases = cases;
	}

	@Override
	public String recordType() {
		return "case";
	}

	@Override
	public boolean canRead(String recordId, Caller caller) {
		return cases.canRead(recordId, caller);
	}
}
