/** Events of the workshop aggregate: scheduling, completion and the actions a workshop proposes. */
package uk.org.networkcommons.events.workshop;
