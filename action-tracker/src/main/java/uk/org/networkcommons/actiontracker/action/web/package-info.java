/** HTTP API for raising, reading and changing actions, their parties, comments and updates log. */
package uk.org.networkcommons.actiontracker.action.web;
