/** HTTP API for forming, describing, finding and dissolving networks. */
package uk.org.networkcommons.networkservice.network.web;
