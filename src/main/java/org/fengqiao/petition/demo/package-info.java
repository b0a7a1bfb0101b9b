/** The demo towns' petitioners, petition details, holdings and visits, loaded once in demo mode. */
package org.fengqiao.petition.demo;
