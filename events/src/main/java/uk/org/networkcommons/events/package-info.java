/** Integration event contracts: what services tell each other, as plain versioned records. */
package uk.org.networkcommons.events;
