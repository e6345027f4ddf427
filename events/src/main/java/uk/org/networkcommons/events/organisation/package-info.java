/** Events of the organisation aggregate: schools, local authorities and partner agencies. */
package uk.org.networkcommons.events.organisation;
