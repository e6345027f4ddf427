/** HTTP API of the library: browsing and searching it, and authoring content for it. */
package uk.org.networkcommons.cameoservice.library.web;
