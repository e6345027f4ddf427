/** Events of content that LA officers and network co-ordinators author for the workshop library. */
package uk.org.networkcommons.events.library;
