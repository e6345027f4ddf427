/** The actions pages: a filtered, paged list with CSV export, and each action's details, history and update forms. */
package uk.org.networkcommons.gateway.portal.action;
