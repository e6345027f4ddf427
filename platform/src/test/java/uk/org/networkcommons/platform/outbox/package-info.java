/** Tests of the aggregate store and the relay's claim-send-remove cycle, on Mongo with a scripted producer. */
package uk.org.networkcommons.platform.outbox;
