/** A network's self-assessments over time, dimension by dimension across its completed workshops, and workshop records exported as JSON and CSV. */
package uk.org.networkcommons.cameoservice.assessment;
