/** Scheduled checks that publish ActionOverdue and ActionStalled once per occurrence, however many instances run. */
package uk.org.networkcommons.actiontracker.reminder;
