/** The workshop library: challenges, cameos, LA stories, governance scenarios, the continuum and checklists, and content authored by LAs and co-ordinators. */
package uk.org.networkcommons.cameoservice.library;
