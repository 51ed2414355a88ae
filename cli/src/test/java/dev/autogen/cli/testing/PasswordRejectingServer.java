package dev.autogen.cli.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in PostgreSQL server on a loopback port that asks for a password and rejects it as the
 * real server does (SQL state 28P01). The local test server trusts every login, so a wrong password
 * cannot be provoked there.
 */
public final class PasswordRejectingServer implements AutoCloseable {
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final ServerSocket socket;
    private final Thread thread;

    /** Starts listening on a free loopback port. */
    public PasswordRejectingServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "password-rejecting-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** The port to put in the JDBC URL. */
    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                reject(new DataInputStream(client.getInputStream()), new DataOutputStream(client.getOutputStream()));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void reject(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            in.skipNBytes(length - 8);
            if (code == SSL_REQUEST || code == GSS_REQUEST) {
                out.writeByte('N');
                out.flush();
            } else {
                break;
            }
        }
        out.writeByte('R');
        out.writeInt(8);
        out.writeInt(3);
        out.flush();
        if (in.readByte() == 'p') {
            in.skipNBytes(in.readInt() - 4);
        }
        byte[] fields = ("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"app\"\0\0")
                .getBytes(StandardCharsets.UTF_8);
        out.writeByte('E');
        out.writeInt(fields.length + 4);
        out.write(fields);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
