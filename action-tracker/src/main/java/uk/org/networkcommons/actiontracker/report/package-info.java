/** Reading actions in bulk: filtered, cursor-paged lists, CSV export and the LA summary, all under the visibility rule. */
package uk.org.networkcommons.actiontracker.report;
