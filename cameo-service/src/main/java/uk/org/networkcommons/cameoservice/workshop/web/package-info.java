/** HTTP API for scheduling workshops, recording self-assessments and proposed actions, and completing workshops. */
package uk.org.networkcommons.cameoservice.workshop.web;
