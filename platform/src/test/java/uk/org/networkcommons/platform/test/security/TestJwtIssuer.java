package uk.org.networkcommons.platform.test.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Keycloak realm in tests: an RSA key pair whose public half is served as a JWKS by a real HTTP
 * server on a free local port, so services under test fetch keys and validate signatures exactly as in production.
 * Started once per JVM and shared by every test. Tokens look like Keycloak's ({@code realm_access.roles},
 * {@code org_id}, {@code la_code}) and every way a token can be wrong is a knob on {@link Token}.
 *
 * <pre>{@code
 * String bearer = TestJwtIssuer.instance().token(TestUsers.laOfficer("873", orgId)).expired().bearer();
 * }</pre>
 */
public final class TestJwtIssuer {

    public static final String REALM = "network-commons";
    public static final String AUDIENCE = "network-commons-api";
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private static final String CERTS_PATH = "/realms/" + REALM + "/protocol/openid-connect/certs";
    private static final String DISCOVERY_PATH = "/realms/" + REALM + "/.well-known/openid-configuration";

    private final HttpServer server;
    private final String issuerUri;
    private final RSAKey signingKey;
    private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final Map<String, RSAKey> addedKeys = new ConcurrentHashMap<>();
    private volatile RSAKey rotatedKey;
    private volatile RSAKey unknownKey;
    private volatile boolean outage;

    private TestJwtIssuer() {
        signingKey = generateKey("test-key-1");
        publishedKeys.add(signingKey);
        server = startServer();
        issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + REALM;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwt-issuer-stop"));
    }

    private static final class Holder {
        private static final TestJwtIssuer INSTANCE = new TestJwtIssuer();
    }

    /** The issuer shared by all tests in this JVM, started on first use. */
    public static TestJwtIssuer instance() {
        return Holder.INSTANCE;
    }

    /** The value of the {@code iss} claim, as Keycloak's realm URL. */
    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri.substring(0, issuerUri.indexOf("/realms/")) + CERTS_PATH;
    }

    public String audience() {
        return AUDIENCE;
    }

    /** How often the JWKS has been fetched, to show when a service re-reads keys. */
    public int jwksRequests() {
        return jwksRequests.get();
    }

    /**
     * Makes the key set unreachable (HTTP 503, as a Keycloak that is down behind a proxy answers) until the returned
     * handle is closed: a service that must fetch keys meanwhile cannot check any token it has no key for.
     */
    public Outage outage() {
        outage = true;
        return () -> outage = false;
    }

    /** An outage of the key set, ended by {@link #close()}. */
    @FunctionalInterface
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    /** A valid token for {@code user}, to be adjusted before {@link Token#encode()}. */
    public Token token(TestUser user) {
        return new Token(user);
    }

    /**
     * The key Keycloak would switch to on rotation: published in the JWKS from its first use onwards, so a service
     * that cached the old key set must fetch the new one to accept tokens signed with it.
     */
    private synchronized RSAKey rotatedKey() {
        if (rotatedKey == null) {
            rotatedKey = generateKey("test-key-2");
            publishedKeys.add(rotatedKey);
        }
        return rotatedKey;
    }

    /**
     * Adds a new signing key to the JWKS, as adding a key to the Keycloak realm does, and returns its key id; sign with
     * it through {@link Token#signedBy(String)}.
     */
    public synchronized String publishNewKey() {
        RSAKey key = generateKey("test-key-" + UUID.randomUUID());
        addedKeys.put(key.getKeyID(), key);
        publishedKeys.add(key);
        return key.getKeyID();
    }

    /**
     * Takes a key added by {@link #publishNewKey()} out of the JWKS, as deleting a realm key does: tokens it signed keep
     * their signature, and a service must stop accepting them once it re-reads the key set.
     */
    public synchronized void withdrawKey(String keyId) {
        if (!addedKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("Only keys added by publishNewKey can be withdrawn, not " + keyId);
        }
        publishedKeys.removeIf(key -> key.getKeyID().equals(keyId));
    }

    private RSAKey addedKey(String keyId) {
        RSAKey key = addedKeys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("No key " + keyId + " was added by publishNewKey");
        }
        return key;
    }

    private synchronized RSAKey unknownKey() {
        if (unknownKey == null) {
            unknownKey = generateKey("unknown-key");
        }
        return unknownKey;
    }

    /** A token being put together; every setter returns this builder. */
    public final class Token {

        private enum Signing {
            SIGNING_KEY, ROTATED_KEY, ADDED_KEY, UNKNOWN_KEY_WITH_OUR_KID, UNKNOWN_KEY, NONE, HS256_PUBLIC_KEY
        }

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final Set<String> removed = new HashSet<>();
        private Signing signing = Signing.SIGNING_KEY;
        private String keyId;
        private String addedKeyId;
        private boolean tampered;

        private Token(TestUser user) {
            Instant now = Instant.now();
            claims.put("iss", issuerUri);
            claims.put("aud", List.of(AUDIENCE, "account"));
            claims.put("sub", user.subject());
            claims.put("iat", now);
            claims.put("exp", now.plus(DEFAULT_LIFETIME));
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("typ", "Bearer");
            claims.put("azp", "network-commons-web");
            claims.put("scope", "openid profile email");
            putIfNotNull("preferred_username", user.username());
            putIfNotNull("name", user.name());
            putIfNotNull("org_id", user.organisationId() == null ? null : user.organisationId().value());
            putIfNotNull("la_code", user.laCode());
            claims.put("realm_access", Map.of("roles", List.copyOf(user.roles())));
        }

        private void putIfNotNull(String claim, Object value) {
            if (value != null) {
                claims.put(claim, value);
            }
        }

        public Token issuer(String issuer) {
            claims.put("iss", issuer);
            return this;
        }

        /** Replaces the audiences. */
        public Token audience(String... audiences) {
            claims.put("aud", List.of(audiences));
            return this;
        }

        public Token noAudience() {
            return without("aud");
        }

        /** Sets {@code exp}, moving {@code iat} back if needed so the token is expired rather than malformed. */
        public Token expiresAt(Instant expiry) {
            claims.put("exp", expiry);
            if (claims.get("iat") instanceof Instant issuedAt && !issuedAt.isBefore(expiry)) {
                claims.put("iat", expiry.minus(DEFAULT_LIFETIME));
            }
            return this;
        }

        /** Expired well beyond any clock skew a service tolerates. */
        public Token expired() {
            return expiresAt(Instant.now().minus(Duration.ofMinutes(5)));
        }

        public Token notBefore(Instant notBefore) {
            claims.put("nbf", notBefore);
            return this;
        }

        /** Valid only from well beyond any clock skew a service tolerates. */
        public Token notYetValid() {
            return notBefore(Instant.now().plus(Duration.ofMinutes(5)));
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            removed.remove(name);
            return this;
        }

        public Token without(String claim) {
            removed.add(claim);
            return this;
        }

        /** The {@code kid} header, e.g. one the JWKS does not contain; the signature is still by the signing key. */
        public Token keyId(String kid) {
            this.keyId = kid;
            return this;
        }

        /** {@code alg: none} and an empty signature. */
        public Token unsigned() {
            signing = Signing.NONE;
            return this;
        }

        /** The key-confusion attack: HS256, with the issuer's public RSA key (DER bytes) as the HMAC secret. */
        public Token hs256WithPublicKey() {
            signing = Signing.HS256_PUBLIC_KEY;
            return this;
        }

        /** Signed by a key the issuer never published, under a kid the JWKS does not hold. */
        public Token signedByUnknownKey() {
            signing = Signing.UNKNOWN_KEY;
            return this;
        }

        /** Signed by a key the issuer never published, but claiming the kid of the real signing key. */
        public Token forgedWithOurKeyId() {
            signing = Signing.UNKNOWN_KEY_WITH_OUR_KID;
            return this;
        }

        /** Signed by the issuer's next key, published in the JWKS from now on (see key rotation in Keycloak). */
        public Token signedByRotatedKey() {
            signing = Signing.ROTATED_KEY;
            return this;
        }

        /** Signed by a key added with {@link TestJwtIssuer#publishNewKey()} (whether or not it is still published). */
        public Token signedBy(String keyId) {
            addedKey(keyId);
            signing = Signing.ADDED_KEY;
            addedKeyId = keyId;
            return this;
        }

        /**
         * Correctly signed, then its claims edited without re-signing: the holder becomes a platform admin and
         * another user (the subject always changes, so the payload differs even for an admin).
         */
        public Token tampered() {
            tampered = true;
            return this;
        }

        /** The compact serialisation: {@code header.payload.signature}. */
        public String encode() {
            JWTClaimsSet claimsSet = claimsSet();
            String encoded = switch (signing) {
                case NONE -> new PlainJWT(claimsSet).serialize();
                case HS256_PUBLIC_KEY -> sign(claimsSet, JWSAlgorithm.HS256, signingKey.getKeyID(),
                        hmacWithPublicKey());
                case SIGNING_KEY -> sign(claimsSet, signingKey);
                case ROTATED_KEY -> sign(claimsSet, rotatedKey());
                case ADDED_KEY -> sign(claimsSet, addedKey(addedKeyId));
                case UNKNOWN_KEY -> sign(claimsSet, unknownKey());
                case UNKNOWN_KEY_WITH_OUR_KID -> sign(claimsSet, JWSAlgorithm.RS256, signingKey.getKeyID(),
                        rsaSigner(unknownKey()));
            };
            return tampered ? tamper(encoded) : encoded;
        }

        /** The value of an {@code Authorization} header carrying this token. */
        public String bearer() {
            return "Bearer " + encode();
        }

        private JWTClaimsSet claimsSet() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> {
                if (!removed.contains(name)) {
                    builder.claim(name, value instanceof Instant instant ? Date.from(instant) : value);
                }
            });
            return builder.build();
        }

        private String sign(JWTClaimsSet claimsSet, RSAKey key) {
            return sign(claimsSet, JWSAlgorithm.RS256, key.getKeyID(), rsaSigner(key));
        }

        private String sign(JWTClaimsSet claimsSet, JWSAlgorithm algorithm, String defaultKeyId,
                JWSSigner signer) {
            JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT)
                    .keyID(keyId != null ? keyId : defaultKeyId).build();
            SignedJWT jwt = new SignedJWT(header, claimsSet);
            try {
                jwt.sign(signer);
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign test token", e);
            }
            return jwt.serialize();
        }

        private JWSSigner rsaSigner(RSAKey key) {
            try {
                return new RSASSASigner(key);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private JWSSigner hmacWithPublicKey() {
            try {
                return new MACSigner(signingKey.toRSAPublicKey().getEncoded());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String tamper(String encoded) {
            String[] parts = encoded.split("\\.", -1);
            try {
                Map<String, Object> payload = JSONObjectUtils.parse(Base64URL.from(parts[1]).decodeToString());
                payload.put("realm_access", Map.of("roles", List.of("platform-admin")));
                payload.put("sub", UUID.randomUUID().toString());
                parts[1] = Base64URL.encode(JSONObjectUtils.toJSONString(payload)).toString();
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
            return String.join(".", parts);
        }
    }

    private HttpServer startServer() {
        // started from a daemon thread so the server's dispatcher thread is a daemon too and never keeps a JVM alive
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                http.createContext(CERTS_PATH, exchange -> {
                    jwksRequests.incrementAndGet();
                    if (outage) {
                        exchange.sendResponseHeaders(503, -1);
                        exchange.close();
                        return;
                    }
                    List<JWK> keys = new ArrayList<>(publishedKeys);
                    respond(exchange, "application/jwk-set+json", new JWKSet(keys).toString(true));
                });
                http.createContext(DISCOVERY_PATH, exchange -> respond(exchange, "application/json",
                        JSONObjectUtils.toJSONString(discovery())));
                http.start();
                started.complete(http);
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "test-jwt-issuer-start");
        starter.setDaemon(true);
        starter.start();
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot start the test JWT issuer", e.getCause());
        }
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri);
        document.put("jwks_uri", jwkSetUri());
        document.put("authorization_endpoint", issuerUri + "/protocol/openid-connect/auth");
        document.put("token_endpoint", issuerUri + "/protocol/openid-connect/token");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return document;
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException("Cannot generate an RSA key", e));
        }
    }
}
