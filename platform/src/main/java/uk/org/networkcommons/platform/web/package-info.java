/** Small pieces every service's HTTP API shares: versions as ETags, typed ids in paths. */
package uk.org.networkcommons.platform.web;
