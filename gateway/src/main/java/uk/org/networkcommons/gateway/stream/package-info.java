/** The live event stream: every domain event a viewer may see, resumable by position, and the recent activity behind it. */
package uk.org.networkcommons.gateway.stream;
