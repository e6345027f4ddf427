/** action-tracker attacked as a hostile client would: its authorization matrix, forged tokens and fuzzed input, all generated from its OpenAPI document. */
package uk.org.networkcommons.actiontracker.hostile;
