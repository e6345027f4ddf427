package uk.org.networkcommons.infra;

/**
 * Derives each service's connection string from one MongoDB URI, so that every service gets its own database on the
 * same server (a service never reads another's database). Only the path changes; hosts, credentials and options are
 * kept.
 */
public final class MongoUris {

    private MongoUris() {
    }

    /**
     * {@code base} with its database replaced by {@code database}. When the URI carries credentials and says nothing
     * about where they are defined, the database it named (or {@code admin}, the driver's default) becomes
     * {@code authSource}: otherwise the driver would look the user up in the service's database instead.
     */
    public static String withDatabase(String base, String database) {
        int schemeEnd = base.indexOf("://");
        if (schemeEnd < 0 || !base.startsWith("mongodb")) {
            throw new IllegalArgumentException("MONGODB_URI must start with mongodb:// or mongodb+srv://, but was "
                    + redact(base));
        }
        String scheme = base.substring(0, schemeEnd + 3);
        String rest = base.substring(schemeEnd + 3);
        int query = rest.indexOf('?');
        int slash = rest.indexOf('/');
        int authorityEnd = slash >= 0 && (query < 0 || slash < query) ? slash : query >= 0 ? query : rest.length();
        String authority = rest.substring(0, authorityEnd);
        String path = slash >= 0 && slash == authorityEnd
                ? rest.substring(slash + 1, query >= 0 ? query : rest.length()) : "";
        String options = query >= 0 ? rest.substring(query + 1) : "";

        boolean credentials = authority.contains("@");
        boolean authSourceGiven = ("&" + options).contains("&authSource=");
        if (credentials && !authSourceGiven) {
            String authSource = "authSource=" + (path.isEmpty() ? "admin" : path);
            options = options.isEmpty() ? authSource : options + "&" + authSource;
        }
        return scheme + authority + "/" + database + (options.isEmpty() ? "" : "?" + options);
    }

    /** The URI without its password, for printing. */
    public static String redact(String uri) {
        int schemeEnd = uri.indexOf("://");
        int at = uri.indexOf('@');
        if (schemeEnd < 0 || at < 0 || at < schemeEnd) {
            return uri;
        }
        String userInfo = uri.substring(schemeEnd + 3, at);
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        return uri.substring(0, schemeEnd + 3) + user + ":***" + uri.substring(at);
    }
}
