/** What the portal's tests share: the fake services' answers in the real services' JSON shapes. */
package uk.org.networkcommons.gateway.portal;
