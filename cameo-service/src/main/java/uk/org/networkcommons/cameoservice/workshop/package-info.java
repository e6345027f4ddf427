/** Workshops a network holds with the library: the plan, the self-assessment participants record, the actions they propose, and completion, which freezes the record and publishes it. */
package uk.org.networkcommons.cameoservice.workshop;
