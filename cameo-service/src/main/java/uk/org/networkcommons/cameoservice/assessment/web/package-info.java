/** HTTP API for a network's self-assessment history and for downloading a workshop's record. */
package uk.org.networkcommons.cameoservice.assessment.web;
