package uk.org.networkcommons.gateway.portal.home;

/**
 * One part of the home page, which shows what it can: a part whose service is down says so, and the rest of the page
 * still works.
 *
 * @param value what the part shows; null when unavailable
 */
record Part<T>(T value, boolean available) {

    static <T> Part<T> of(T value) {
        return new Part<>(value, true);
    }

    static <T> Part<T> unavailable() {
        return new Part<>(null, false);
    }
}
