package uk.org.networkcommons.gateway.portal.network;

/** An organisation from the register ({@code OrganisationView}). */
public record Organisation(String id, String name, String kind, String laCode) {
}
