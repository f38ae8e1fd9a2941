package io.studysite.serve;

import io.studysite.search.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages, each listening on a server-sent-events stream: after a rebuild they are told to
 * reload, and they always know the build's current diagnostics (shown as an overlay until fixed).
 */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String diagnostics = "[]";

    /** Registers a page's stream and sends it the current diagnostics straight away. */
    void join(OutputStream stream) {
        clients.add(stream);
        if (!send(stream, "diagnostics", diagnostics)) {
            clients.remove(stream);
        }
    }

    /**
     * After a build: the diagnostics as a JSON array, then (when the site changed) a reload.
     *
     * @param pages the site paths of the pages that changed, which alone reload, or {@code null} for all
     */
    void built(String diagnosticsJson, boolean siteChanged, List<String> pages) {
        // A large vault's warnings make a large list: pages hear it again only when it changed.
        if (!diagnosticsJson.equals(diagnostics)) {
            diagnostics = diagnosticsJson;
            broadcast("diagnostics", diagnosticsJson);
        }
        if (siteChanged && pages == null) {
            broadcast("reload", "{}");
        } else if (siteChanged) {
            reload(pages);
        }
    }

    /** Reloads the open pages among {@code pages} (site paths). */
    void reload(List<String> pages) {
        if (!pages.isEmpty()) {
            broadcast("reload", "{\"pages\":" + Json.array(pages) + "}");
        }
    }

    /** A comment line keeps idle connections open and finds the pages that have gone. */
    void heartbeat() {
        for (OutputStream client : clients) {
            if (!write(client, ": keep-alive\n\n")) {
                clients.remove(client);
            }
        }
    }

    int listeners() {
        return clients.size();
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // The page has gone already.
            }
        }
        clients.clear();
    }

    private void broadcast(String event, String data) {
        for (OutputStream client : clients) {
            if (!send(client, event, data)) {
                clients.remove(client);
            }
        }
    }

    private static boolean send(OutputStream client, String event, String data) {
        // One data line: JSON never holds a raw newline.
        return write(client, "event: " + event + "\ndata: " + data + "\n\n");
    }

    private static boolean write(OutputStream client, String text) {
        try {
            synchronized (client) {
                client.write(text.getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
