package uk.org.networkcommons.infra.probe;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Ready when the server answers {@code {ping: 1}} on the admin database with {@code ok: 1}, as a MongoDB driver's
 * first command would. The OP_MSG wire message and its one BSON document are built by hand (little-endian) so the
 * launcher needs no driver; only the reply's top-level {@code ok} field is read.
 */
public final class MongoProbe implements Probe {

    private static final int OP_MSG = 2013;
    private static final int REQUEST_ID = 0x4e43;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public MongoProbe(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void check() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(pingMessage());
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] lengthBytes = in.readNBytes(4);
            int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (lengthBytes.length < 4 || length < 16 + 4 + 1 + 5 || length > 16 * 1024 * 1024) {
                throw new IOException("unexpected reply to ping (" + length + " bytes)");
            }
            ByteBuffer reply = ByteBuffer.wrap(in.readNBytes(length - 4)).order(ByteOrder.LITTLE_ENDIAN);
            reply.getInt(); // request id
            if (reply.getInt() != REQUEST_ID) {
                throw new IOException("the reply answers another request");
            }
            if (reply.getInt() != OP_MSG) {
                throw new IOException("the reply is not an OP_MSG");
            }
            reply.getInt(); // flag bits
            if (reply.get() != 0) {
                throw new IOException("the reply does not start with a body section");
            }
            double ok = ok(reply);
            if (ok != 1.0) {
                throw new IOException("ping answered ok: " + ok);
            }
        }
    }

    static byte[] pingMessage() {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.write(0x10); // int32 element
        cString(document, "ping");
        int32(document, 1);
        document.write(0x02); // string element
        cString(document, "$db");
        byte[] admin = "admin".getBytes(StandardCharsets.UTF_8);
        int32(document, admin.length + 1);
        document.writeBytes(admin);
        document.write(0);
        document.write(0); // end of document
        byte[] elements = document.toByteArray();

        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int total = 16 + 4 + 1 + 4 + elements.length;
        int32(message, total);
        int32(message, REQUEST_ID);
        int32(message, 0); // responseTo
        int32(message, OP_MSG);
        int32(message, 0); // flag bits
        message.write(0); // section kind 0: the body document
        int32(message, 4 + elements.length);
        message.writeBytes(elements);
        return message.toByteArray();
    }

    /** The value of the top-level {@code ok} field of the BSON document at the buffer's position. */
    private static double ok(ByteBuffer buffer) throws IOException {
        int end = buffer.position() + buffer.getInt() - 1;
        while (buffer.position() < end) {
            byte type = buffer.get();
            String name = readCString(buffer);
            if (name.equals("ok")) {
                return switch (type) {
                    case 0x01 -> buffer.getDouble();
                    case 0x10 -> buffer.getInt();
                    case 0x12 -> buffer.getLong();
                    case 0x08 -> buffer.get() == 0 ? 0 : 1;
                    default -> throw new IOException("ok has BSON type " + type);
                };
            }
            skip(buffer, type);
        }
        throw new IOException("the reply has no ok field");
    }

    private static void skip(ByteBuffer buffer, byte type) throws IOException {
        int skip = switch (type) {
            case 0x01, 0x09, 0x11, 0x12 -> 8;
            case 0x02, 0x0D, 0x0E -> buffer.getInt();
            case 0x03, 0x04 -> buffer.getInt() - 4;
            case 0x05 -> buffer.getInt() + 1;
            case 0x07 -> 12;
            case 0x08 -> 1;
            case 0x0A, 0x06, (byte) 0xFF, 0x7F -> 0;
            case 0x10 -> 4;
            case 0x13 -> 16;
            default -> throw new IOException("cannot read BSON type " + type + " in the reply");
        };
        buffer.position(buffer.position() + skip);
    }

    private static String readCString(ByteBuffer buffer) {
        int start = buffer.position();
        while (buffer.get() != 0) {
            // advance to the terminating zero
        }
        return new String(buffer.array(), start, buffer.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static void cString(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}
