/** Membership: organisations joining and leaving networks, join requests, and who was a member on any date. */
package uk.org.networkcommons.networkservice.membership;
