/** Networks: formation, profile and governance, and the aggregate that keeps membership, leadership and agreements consistent. */
package uk.org.networkcommons.networkservice.network;
