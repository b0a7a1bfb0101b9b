package org.fengqiao.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/** An open case that may be the same matter: {@code reason} is SAME_ID_NUMBER, SAME_PHONE or SAME_PLACE. */
public record PossibleDuplicate(String number, String title, double similarity,
		@Schema(allowableValues = { "SAME_ID_NUMBER", "SAME_PHONE", "SAME_PLACE" }) String reason) {
}
