package fi.tyoverkko.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket from the JDK): no
 * driver, no version coupling. Collects console errors, uncaught exceptions and failed loads;
 * evaluates script, clicks with real mouse events, takes screenshots.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

    static boolean available() { return Files.isExecutable(BINARY); }

    HeadlessChromium(int width, int height) throws Exception {
        profile = Files.createTempDirectory("tyoverkko-chromium");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
            "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
            .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !process.isAlive()) throw new IOException("Chromium did not start: " + log());
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        String ws = null;
        for (JsonValue v : JSON.parseAny(list).getAsArray()) {
            JsonObject o = v.getAsObject();
            if ("page".equals(o.get("type").getAsString().value())) ws = o.get("webSocketDebuggerUrl").getAsString().value();
        }
        if (ws == null) throw new IOException("Chromium has no page: " + list);
        socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(10, TimeUnit.SECONDS);
        call("Runtime.enable", "{}");
        call("Log.enable", "{}");
        call("Page.enable", "{}");
    }

    private String log() {
        try { return Files.readString(profile.resolve("chromium.log")); } catch (IOException e) { return "(no log)"; }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonObject call(String method, String paramsJson) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).get(10, TimeUnit.SECONDS);
        JsonObject r = answer.get(60, TimeUnit.SECONDS);
        if (r.hasKey("error")) throw new IOException(method + ": " + r.get("error"));
        return r.get("result").getAsObject();
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", "{\"url\":" + new JsonString(url) + "}");
    }

    /** The value of a JavaScript expression (awaited when it is a promise). */
    JsonValue eval(String expression) throws Exception {
        JsonObject r = call("Runtime.evaluate", "{\"expression\":" + new JsonString(expression) + ",\"returnByValue\":true,\"awaitPromise\":true}");
        if (r.hasKey("exceptionDetails")) throw new IOException("script failed: " + r.get("exceptionDetails"));
        JsonObject result = r.get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : null;
    }

    /** Waits until the expression is true. */
    void waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonValue v = eval("Boolean(" + expression + ")");
                if (v != null && v.isBoolean() && v.getAsBoolean().value()) return;
            } catch (IOException e) {
                // the page may be between documents
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + expression + "; errors so far: " + errors);
    }

    /** Clicks with the mouse at a point of the page (CSS pixels of the viewport). */
    void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", String.format(java.util.Locale.ROOT,
                "{\"type\":\"%s\",\"x\":%.1f,\"y\":%.1f,\"button\":\"left\",\"clickCount\":1}", type, x, y));
        }
    }

    void screenshot(Path file) throws Exception {
        JsonObject r = call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").getAsString().value()));
    }

    @Override
    public void close() throws Exception {
        try { socket.abort(); } catch (RuntimeException e) { /* already closed */ }
        List<ProcessHandle> helpers = process.descendants().toList(); // renderers and crash handler write to the profile too
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle h : helpers) {
            h.destroy();
            h.onExit().get(10, TimeUnit.SECONDS);
        }
        // each run's profile was left in /tmp (4 MB); a file still being written makes a try fail, so try again
        for (int attempt = 1; ; attempt++) {
            try {
                org.apache.jena.atlas.io.IO.deleteAll(profile);
                return;
            } catch (org.apache.jena.atlas.RuntimeIOException e) {
                if (attempt == 5) throw e;
                Thread.sleep(200);
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject msg = JSON.parse(buffer.toString());
                buffer.setLength(0);
                if (msg.hasKey("id")) {
                    var f = pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) f.complete(msg);
                } else {
                    event(msg.get("method").getAsString().value(), msg.get("params").getAsObject());
                }
            }
            ws.request(1);
            return null;
        }

        private void event(String method, JsonObject p) {
            switch (method) {
                case "Runtime.exceptionThrown" -> errors.add("exception: " + p.get("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(p.get("type").getAsString().value())) errors.add("console.error: " + p.get("args"));
                }
                case "Log.entryAdded" -> {
                    JsonObject e = p.get("entry").getAsObject();
                    if ("error".equals(e.get("level").getAsString().value())) errors.add("log: " + e.get("text") + " " + e.get("url"));
                }
                default -> { }
            }
        }
    }
}
