/** The demo data set (a fictional LA, Fernmoor) and its seeding through the services' own HTTP APIs (ADR 18). */
package uk.org.networkcommons.infra.demo;
