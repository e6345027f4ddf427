/** Organisations: schools, local authorities and partner agencies that can take part in networks. */
package uk.org.networkcommons.networkservice.organisation;
