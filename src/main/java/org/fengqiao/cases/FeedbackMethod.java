package org.fengqiao.cases;

/** How the result was reported back to the resident. */
public enum FeedbackMethod {
	PHONE, SMS, IN_PERSON, LETTER, ONLINE, NONE_ANONYMOUS
}
