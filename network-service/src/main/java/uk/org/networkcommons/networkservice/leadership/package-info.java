/** Leadership: the co-ordinators, co-leaders and champions appointed to run a network. */
package uk.org.networkcommons.networkservice.leadership;
