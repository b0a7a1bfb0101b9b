package org.fengqiao.cases;

/** An open case that may be the same matter: {@code reason} is SAME_ID_NUMBER, SAME_PHONE or SAME_PLACE. */
public record PossibleDuplicate(String number, String title, double similarity, String reason) {
}
