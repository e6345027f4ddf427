/** HTTP API for action lists, the CSV export and the LA summary. */
package uk.org.networkcommons.actiontracker.report.web;
