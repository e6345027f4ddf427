/** Events of the action aggregate: actions raised, agreed, assigned, progressed, blocked, completed, cancelled, commented on, and reminders when they fall overdue or stall. */
package uk.org.networkcommons.events.action;
