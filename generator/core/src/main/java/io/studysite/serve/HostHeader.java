package io.studysite.serve;

import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the dev server answers. A web page the reader opens elsewhere can point a name it owns at
 * 127.0.0.1 (DNS rebinding) and then read the server's pages as its own origin; such a request carries that name. So
 * only loopback names and addresses are answered, and, when the server listens beyond loopback ({@code --bind}),
 * IP addresses, which no DNS answer can rebind.
 */
final class HostHeader {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");
    private static final Pattern PORT = Pattern.compile("(:\\d{1,5})?");

    private final boolean loopbackOnly;

    HostHeader(InetAddress bound) {
        this.loopbackOnly = bound == null || bound.isLoopbackAddress();
    }

    /** Whether a request with this {@code Host} header (null when absent) is answered. */
    boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        String value = header.trim().toLowerCase(Locale.ROOT);
        int portAt = value.startsWith("[") ? value.indexOf(']') + 1 : value.indexOf(':');
        String host = portAt <= 0 ? value : value.substring(0, portAt);
        if (!PORT.matcher(portAt <= 0 ? "" : value.substring(portAt)).matches()) {
            return false;
        }
        if (host.equals("localhost") || host.equals("[::1]") || (IPV4.matcher(host).matches() && host.startsWith("127."))) {
            return true;
        }
        return !loopbackOnly && (IPV4.matcher(host).matches() || IPV6.matcher(host).matches());
    }
}
