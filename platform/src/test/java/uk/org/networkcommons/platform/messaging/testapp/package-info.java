/** A tiny service for the messaging tests: one aggregate publishing organisation events and one projection consuming them. */
package uk.org.networkcommons.platform.messaging.testapp;
