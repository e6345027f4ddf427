/** The workshop runner: schedule a workshop, choose its material, record the self-assessment, propose actions, complete it. */
package uk.org.networkcommons.gateway.portal.workshop;
