/** Test support for action-tracker: people with tokens, calling the API as them, and network and workshop events as the other services publish them. */
package uk.org.networkcommons.actiontracker.support;
