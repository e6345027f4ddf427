/** Reading the event topics for the stream: one consumer per subscription, the backward scan for recent activity, and the names directory's listener. */
package uk.org.networkcommons.gateway.stream.messaging;
