/** Tests of the test-jar's hostile test generators themselves, against a toy service that hides or leaks on purpose. */
package uk.org.networkcommons.platform.hostile;
