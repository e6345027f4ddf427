/** The action aggregate: its workflow, progress roll-up, updates log, who may see and change it, and the application service that changes it. */
package uk.org.networkcommons.actiontracker.action;
