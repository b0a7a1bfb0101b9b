/**
 * Households and residents (ID and phone numbers encrypted, found by a keyed hash, masked in every answer),
 * their life events, the Excel register import and exports, and the demo households. Public API:
 * {@link org.fengqiao.people.People}. Keeps each grid's household count in {@code region} current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.fengqiao.people;
