/** The portal in a real browser: Debian's headless Chromium, Keycloak's own login page, axe-core on every page. */
package uk.org.networkcommons.infra.browser;
