/** RFC 9457 problem details for every error a client can see; exceptions that name the problem in domain terms. */
package uk.org.networkcommons.platform.problem;
