package org.fengqiao.people.residents;

import java.util.Set;

import org.fengqiao.people.households.HouseholdRepository;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Component;

/** The registers' list filters from query parameters, shared by the lists and their Excel twins. */
@Component
public class RegisterFilters {

	private static final Set<String> STATUSES = Set.of("PRESENT", "MOVED_OUT", "DECEASED", "DEREGISTERED");

	private final Regions regions;
	private final PersonalDataCipher cipher;

	RegisterFilters(Regions regions, PersonalDataCipher cipher) {
		this.regions = regions;
		this.cipher = cipher;
	}

	/** A region must be one the caller sees (404 otherwise); an ID number is matched whole through its hash. */
	public ResidentFilter residents(String region, String q, String idNumber, String grid, Long household,
			String status, Caller caller) {
		if (status != null && !STATUSES.contains(status)) {
			throw ValidationException.of("status", "people.status-invalid");
		}
		byte[] hash = idNumber == null || idNumber.isBlank() ? null : cipher.blindIndex(idNumber.trim());
		return new ResidentFilter(prefix(region, caller), blank(q), hash, blank(grid), household, status);
	}

	public HouseholdRepository.Filter households(String region, String q, String grid, Boolean active, Caller caller) {
		return new HouseholdRepository.Filter(prefix(region, caller), blank(q), blank(grid), active);
	}

	private String prefix(String region, Caller caller) {
		return region == null || region.isBlank() ? null
				: RegionCodes.prefix(regions.get(region.trim(), caller.scope()).code());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
