package uk.org.networkcommons.gateway.portal.shell;

/** The services behind the gateway, by the name their base URL is configured under ({@code network-commons.services}). */
public enum Service {
    NETWORK_SERVICE("network-service"), CAMEO_SERVICE("cameo-service"), ACTION_TRACKER("action-tracker");

    private final String configName;

    Service(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }
}
