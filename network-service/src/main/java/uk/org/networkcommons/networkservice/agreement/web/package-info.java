/** HTTP API for reading and recording a network's partnership agreement. */
package uk.org.networkcommons.networkservice.agreement.web;
