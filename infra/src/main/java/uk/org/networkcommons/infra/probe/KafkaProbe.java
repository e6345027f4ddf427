package uk.org.networkcommons.infra.probe;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Ready when the broker answers a Metadata request listing at least one live broker. An open port is not enough: a
 * KRaft broker accepts connections before it has caught up with the metadata log and registered, and a client that
 * connects then gets no brokers back. Metadata v4 is the oldest non-flexible version Kafka 4 still serves, so the
 * request is a few fixed bytes (Kafka protocol, big-endian) rather than a client library on the launcher's classpath.
 */
public final class KafkaProbe implements Probe {

    private static final short METADATA = 3;
    private static final short VERSION = 4;
    private static final int CORRELATION_ID = 0x4e43;
    private static final byte[] CLIENT_ID = "network-commons-launcher".getBytes(StandardCharsets.UTF_8);

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public KafkaProbe(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void check() throws IOException {
        int brokers = liveBrokers();
        if (brokers < 1) {
            throw new IOException("the broker answers but lists no live broker yet");
        }
    }

    /** The number of live brokers the broker at host:port reports. */
    public int liveBrokers() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            // request header v1: api key, api version, correlation id, client id; body v4: topics (0 = none), auto-create
            int size = 2 + 2 + 4 + 2 + CLIENT_ID.length + 4 + 1;
            out.writeInt(size);
            out.writeShort(METADATA);
            out.writeShort(VERSION);
            out.writeInt(CORRELATION_ID);
            out.writeShort(CLIENT_ID.length);
            out.write(CLIENT_ID);
            out.writeInt(0);
            out.writeBoolean(false);
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            int length = in.readInt();
            if (length < 12) {
                throw new IOException("unexpected Metadata response of " + length + " bytes");
            }
            if (in.readInt() != CORRELATION_ID) {
                throw new IOException("the Metadata response answers another request");
            }
            in.readInt(); // throttle time
            return in.readInt();
        }
    }
}
