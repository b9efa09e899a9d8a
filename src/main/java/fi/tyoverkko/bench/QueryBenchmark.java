package fi.tyoverkko.bench;

import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.QueryCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The catalogue's queries over HTTP against several servers in one run: Työverkko's API
 * ({@code /api/NAME.srj}) and plain SPARQL endpoints given the same query with the same
 * parameters bound. For each query and number of clients: throughput and p50/p99 latency; and
 * whether every server returns the same result set (rows compared as sets of terms).
 *
 * <pre>java -cp tyoverkko.jar fi.tyoverkko.bench.QueryBenchmark QUERIES_DIR SECONDS CLIENTS,... NAME=URL ...</pre>
 * A URL ending in {@code /api} is Työverkko's API; any other is a SPARQL endpoint.
 * Parameters: {@code -Dbench.params=query.param=value;...} for required ones;
 * {@code -Dbench.timeout=SECONDS} (default 120) bounds each request of the load;
 * {@code -Dbench.answerTimeout=SECONDS} (default 600) bounds the first request, whose answer is
 * compared: a server that does not answer it in time is marked failed for that query, and one that
 * answers it slower than {@code bench.timeout} is not loaded (a load request would be cut off).
 * {@code -Dbench.dialect.NAME=DIR}: server NAME is sent DIR/QUERY.rq, where there is one, instead
 * of the catalogue's query: the same question in that server's own syntax (Virtuoso's full-text
 * search), with each {@code ?_param} replaced by the parameter's value.
 */
public final class QueryBenchmark {
    private QueryBenchmark() {}

    record Target(String name, String url) {
        boolean api() { return url.endsWith("/api"); }
    }

    record Measure(String query, String target, int clients, int requests, int errors, double seconds, double p50, double p99) {
        double throughput() { return requests / seconds; }
    }

    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("bench.timeout", 120));
    /** The first answer is waited for longer: a slow answer can still be compared (Virtuoso runs without a time limit). */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.answerTimeout", 600));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newFixedThreadPool(32)).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: QueryBenchmark QUERIES_DIR SECONDS CLIENTS[,CLIENTS...] NAME=URL [NAME=URL ...]");
            System.exit(2);
        }
        // keep-alive for every load client (HttpURLConnection keeps 5 idle connections by default)
        System.setProperty("http.maxConnections", "64");
        Path dir = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<Integer> clientCounts = List.of(args[2].split(",")).stream().map(Integer::parseInt).toList();
        List<Target> targets = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            targets.add(new Target(kv[0], kv[1]));
        }
        Map<String, Map<String, String>> params = parseParams(System.getProperty("bench.params", ""));
        QueryCatalogue catalogue = QueryCatalogue.load(dir, dir.getParent());
        PrintStream out = System.out;
        List<Measure> measures = new ArrayList<>();
        Map<String, String> agreement = new LinkedHashMap<>();
        Map<String, Map<String, Double>> firstAnswers = new LinkedHashMap<>();
        String previous = null; // the query measured before this one, to name when a server fell over after it
        for (NamedQuery q : catalogue.all()) {
            if (!q.query().isSelectType()) continue;
            Map<String, String> raw = params.getOrDefault(q.name(), Map.of());
            if (q.parameters().values().stream().anyMatch(p -> p.required() && !raw.containsKey(p.name()))) {
                agreement.put(q.name(), "skipped: give its required parameters in -Dbench.params");
                continue;
            }
            Call call = Call.of(q, raw);
            Map<String, Double> firstAnswer = new LinkedHashMap<>(), oneClient = new LinkedHashMap<>();
            List<String> failed = new ArrayList<>();
            agreement.put(q.name(), firstAnswers(q, call, targets, previous, firstAnswer, failed, out));
            firstAnswers.put(q.name(), firstAnswer);
            List<Target> running = targets.stream().filter(t -> !failed.contains(t.name())).toList();
            for (int clients : clientCounts) {
                for (Target t : running) {
                    // a server whose typical answer (the one-client median; the first answer when there
                    // is none) took longer than the whole measurement is measured with one client only:
                    // more would only queue behind it (and keep the run going for hours). The median, not
                    // the first answer, since a cache makes the first answer the slowest
                    double typical = oneClient.getOrDefault(t.name(), firstAnswer.get(t.name()));
                    if ((clients > 1 && typical > seconds) || typical > TIMEOUT.toSeconds()) {
                        measures.add(new Measure(q.name(), t.name(), clients, 0, 0, 0, Double.NaN, Double.NaN));
                        out.printf(Locale.ROOT, "%-24s %-10s %3d clients: not run, one answer takes %.1f s%n", q.name(), t.name(), clients, typical);
                        continue;
                    }
                    Measure m = load(q.name(), t, call, clients, seconds);
                    measures.add(m);
                    if (m.errors() > 0 && ensureUp(t, out)) {
                        out.printf(Locale.ROOT, "%-24s %-10s %3d clients: the server had stopped answering and was restarted%n", q.name(), t.name(), clients);
                    }
                    if (clients == 1 && m.requests() > 0) oneClient.put(t.name(), m.p50() / 1000);
                    out.printf(Locale.ROOT, "%-24s %-10s %3d clients: %8.1f q/s  p50 %7.1f ms  p99 %7.1f ms  errors %d%n",
                        q.name(), t.name(), clients, m.throughput(), m.p50(), m.p99(), m.errors());
                }
            }
            previous = q.name();
        }
        out.println();
        String first = targets.get(0).name();
        out.println("| query | clients | " + targets.stream().map(t -> t.name() + " q/s | p50 ms | p99 ms").collect(Collectors.joining(" | "))
            + targets.stream().skip(1).map(t -> " | ratio " + first + "/" + t.name()).collect(Collectors.joining()) + " |");
        out.println("|---|---|" + "---|---|---|".repeat(targets.size()) + "---|".repeat(Math.max(0, targets.size() - 1)));
        Map<String, Map<String, Measure>> byRow = new LinkedHashMap<>();
        for (Measure m : measures) byRow.computeIfAbsent(m.query() + " " + m.clients(), k -> new LinkedHashMap<>()).put(m.target(), m);
        for (Map<String, Measure> row : byRow.values()) {
            Measure any = row.values().iterator().next();
            StringBuilder sb = new StringBuilder("| " + any.query() + " | " + any.clients() + " | ");
            for (Target t : targets) {
                Measure m = row.get(t.name());
                // failed or timed-out requests are not in the latencies: say how many there were
                if (m != null && m.seconds() == 0) {
                    sb.append("not run (slow) | | | ");
                    continue;
                }
                sb.append(m == null ? "failed | | | " : String.format(Locale.ROOT, "%.1f%s | %.1f | %.1f | ", m.throughput(),
                    m.errors() > 0 ? " (" + m.errors() + " failed)" : "", m.p50(), m.p99()));
            }
            for (int i = 1; i < targets.size(); i++) {
                Measure a = row.get(targets.get(0).name()), b = row.get(targets.get(i).name());
                sb.append(a == null || b == null || a.seconds() == 0 || b.seconds() == 0 || b.throughput() == 0 ? "" : String.format(Locale.ROOT, "%.2f", a.throughput() / b.throughput())).append(" | ");
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println();
        out.println("| query | answers |");
        out.println("|---|---|");
        agreement.forEach((k, v) -> out.println("| " + k + " | " + v + " |"));
        // the first request of each query, before any load: for Työverkko the uncached answer
        out.println();
        out.println("| query | " + targets.stream().map(t -> t.name() + " first answer s").collect(Collectors.joining(" | ")) + " |");
        out.println("|---|" + "---|".repeat(targets.size()));
        firstAnswers.forEach((query, times) -> out.println("| " + query + " | " + targets.stream()
            .map(t -> times.containsKey(t.name()) ? String.format(Locale.ROOT, "%.3f", times.get(t.name())) : "failed")
            .collect(Collectors.joining(" | ")) + " |"));
        System.exit(0);
    }

    /**
     * The first request of a query to every server, timed, and whether they gave the same answer:
     * rows compared as given; and, since SPARQL leaves the order of GROUP_CONCAT's parts open, again
     * with each GROUP_CONCAT value's parts sorted. A method of its own so that the answers (tens of
     * megabytes each for the largest queries) are garbage before the load runs.
     */
    static String firstAnswers(NamedQuery q, Call call, List<Target> targets, String previous,
                               Map<String, Double> firstAnswer, List<String> failed, PrintStream out) {
        Map<String, String> concat = groupConcats(q);
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>(); // how a server was asked, when not with the query as written
        for (Target t : targets) {
            Path dialect = dialect(t, q);
            if (dialect != null) {
                try {
                    call.sendInstead(t, Files.readString(dialect));
                    notes.add(t.name() + " asked in its own syntax (" + dialect + ")");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            // a server can die after its measurement ended, still working on the requests the clients gave up
            if (ensureUp(t, out) && previous != null)
                out.printf(Locale.ROOT, "%-24s %-10s after: the server had stopped answering and was restarted%n", previous, t.name());
            try {
                long t0 = System.nanoTime();
                bodies.put(t.name(), send(call.request(t, ANSWER_TIMEOUT)));
                firstAnswer.put(t.name(), (System.nanoTime() - t0) / 1e9);
            } catch (Exception e) {
                // a server given -Dbench.orderLimit.NAME gets one more try, with a LIMIT on the sorted rows
                long limit = Long.getLong("bench.orderLimit." + t.name(), 0);
                if (limit > 0 && reachable(t) && call.limitOrder(t, limit)) {
                    out.printf("%-24s %-10s failed as written (%s): sent again with LIMIT %d%n", q.name(), t.name(), oneLine(e.getMessage()), limit);
                    try {
                        long t0 = System.nanoTime();
                        String body = send(call.request(t, ANSWER_TIMEOUT));
                        firstAnswer.put(t.name(), (System.nanoTime() - t0) / 1e9);
                        if (rows(body, Map.of(), 6).size() >= limit) throw new IOException("as many rows as the LIMIT: the answer may be cut off");
                        bodies.put(t.name(), body);
                        notes.add(t.name() + " with LIMIT " + limit + " added (the query as written failed: " + sqlState(e.getMessage()) + ")");
                        continue;
                    } catch (Exception again) {
                        firstAnswer.remove(t.name());
                        e = again;
                    }
                }
                failed.add(t.name());
                out.printf("%-24s %-10s FAILED: %s%n", q.name(), t.name(), oneLine(e.getMessage()));
            }
        }
        Map<String, TreeSet<String>> answers = new LinkedHashMap<>(), sorted = new LinkedHashMap<>(), coarse = new LinkedHashMap<>();
        bodies.forEach((name, body) -> {
            answers.put(name, rows(body, Map.of(), 6));
            sorted.put(name, rows(body, concat, 6));
            coarse.put(name, rows(body, concat, 5));
        });
        String same = compare(q.name(), answers, sorted, coarse, failed, out);
        return notes.isEmpty() ? same : same + "; " + String.join("; ", notes);
    }

    /** {@code -Dbench.dialect.NAME=DIR}: the query in server NAME's own syntax, DIR/QUERY.rq, if there is one. */
    static Path dialect(Target t, NamedQuery q) {
        String dir = System.getProperty("bench.dialect." + t.name());
        Path p = dir == null ? null : Path.of(dir, q.name() + ".rq");
        return p != null && Files.isRegularFile(p) ? p : null;
    }

    /** Virtuoso's error code ("Error SR319") in a failure's message, else the message on one line. */
    static String sqlState(String message) {
        var m = java.util.regex.Pattern.compile("\\bError ([A-Z]{2}[0-9]{3})\\b").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : oneLine(message);
    }

    /**
     * One catalogue query with its parameters, as a request to a target: a GET of
     * {@code /api/NAME.srj} for Työverkko's API, a form POST of the SPARQL text for an endpoint.
     * Every request says it accepts gzip, as browsers and most HTTP libraries do; a server may use
     * it or not.
     */
    record Call(String name, String apiQuery, Query sparql, Map<String, String> values, Map<String, byte[]> forms) {
        /** The query with its parameters: as API parameters, and bound into the SPARQL text for an endpoint. */
        static Call of(NamedQuery q, Map<String, String> raw) {
            Map<Var, Node> bound = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            CatalogueExecutor.bind(q, raw).forEach((k, v) -> {
                bound.put(Var.alloc("_" + k), v);
                values.put(k, FmtUtils.stringForNode(v));
            });
            Query sparql = QueryTransformOps.transform(q.query(), bound);
            Map<String, byte[]> forms = new java.util.concurrent.ConcurrentHashMap<>();
            forms.put("", form(sparql.toString()));
            return new Call(q.name(), raw.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")), sparql, values, forms);
        }

        private static byte[] form(String sparql) {
            return ("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        }

        /**
         * From now on sends {@code t} {@code text}, a query in that server's own syntax, which
         * Jena cannot parse; each {@code ?_param} in it becomes the parameter's value as SPARQL
         * writes it. A placeholder the query has no parameter for is an error, not left as a variable.
         */
        void sendInstead(Target t, String text) {
            var m = java.util.regex.Pattern.compile("\\?_(\\w+)").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = values.get(m.group(1));
                if (v == null) throw new IllegalArgumentException("?_" + m.group(1) + ": the query " + name + " has no such parameter, or no value for it");
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
            }
            m.appendTail(sb);
            forms.put(t.name(), form(sb.toString()));
        }

        /** The form sent to an endpoint: the query as written, unless {@link #limitOrder} changed it for this one. */
        byte[] form(Target t) {
            return forms.getOrDefault(t.name(), forms.get(""));
        }

        /**
         * From now on sends {@code t} the query with {@code LIMIT limit} when it sorts its rows and
         * has no LIMIT (false if not): Virtuoso sorts such rows in a temporary table whose rows
         * cannot hold a long string (SR319, SR478: a long GROUP_CONCAT), and with a LIMIT in memory.
         * The answer is the same as long as it has fewer rows than the limit.
         */
        boolean limitOrder(Target t, long limit) {
            if (!sparql.hasOrderBy() || sparql.hasLimit()) return false;
            Query limited = sparql.cloneQuery();
            limited.setLimit(limit);
            forms.put(t.name(), form(limited.toString()));
            return true;
        }

        URI uri(Target t) {
            return URI.create(t.api() ? t.url() + "/" + name + ".srj" + (apiQuery.isEmpty() ? "" : "?" + apiQuery) : t.url());
        }

        HttpRequest request(Target t, Duration timeout) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(t)).timeout(timeout).header("Accept-Encoding", "gzip");
            return t.api() ? b.GET().build() : b.header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofByteArray(form(t))).build();
        }

        /**
         * The request as a load client repeats it, reading the answer into {@code buffer} and
         * dropping it; returns the number of bytes read (as sent: compressed if the server zipped
         * the answer). Plain {@link HttpURLConnection} (keep-alive, one reused buffer) allocates
         * next to nothing per answer. {@link HttpClient} allocates a buffer for every read: at 16
         * clients fetching the megabyte answers of `network` and `timeline` its young collections
         * took up to 480 ms, and a request in flight during one was counted in the server's p99.
         */
        long fetch(Target t, byte[] buffer) throws IOException {
            HttpURLConnection c = (HttpURLConnection) uri(t).toURL().openConnection();
            c.setConnectTimeout(10_000);
            c.setReadTimeout((int) TIMEOUT.toMillis());
            c.setRequestProperty("Accept-Encoding", "gzip");
            if (!t.api()) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                c.setRequestProperty("Accept", "application/sparql-results+json");
                byte[] form = form(t);
                c.setFixedLengthStreamingMode(form.length);
                try (OutputStream body = c.getOutputStream()) {
                    body.write(form);
                }
            }
            int status = c.getResponseCode();
            long length = 0;
            // read to the end and close, so that the connection goes back to the keep-alive pool
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                for (int n; in != null && (n = in.read(buffer)) >= 0; ) length += n;
            }
            if (status != 200) throw new IOException(uri(t) + ": HTTP " + status);
            return length;
        }
    }

    /**
     * A server that no longer accepts connections (e.g. killed for want of memory under a heavy
     * query) is started again by the command in {@code -Dbench.restart.NAME}, which returns once
     * it answers, so that the queries after it are measured. Returns whether it was restarted.
     */
    static boolean ensureUp(Target t, PrintStream out) {
        String command = System.getProperty("bench.restart." + t.name());
        if (command == null || reachable(t)) return false;
        out.printf("%s is not answering: restarting it (%s)%n", t.name(), command);
        try {
            Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            if (p.waitFor() != 0) out.printf("%s: the restart command failed (exit %d)%n", t.name(), p.exitValue());
        } catch (IOException e) {
            out.printf("%s: the restart command failed: %s%n", t.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    static boolean reachable(Target t) {
        try (java.net.Socket s = new java.net.Socket()) {
            URI u = URI.create(t.url());
            s.connect(new java.net.InetSocketAddress(u.getHost(), u.getPort()), 5000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static final java.util.Set<String> GZIP_NOTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The answer's text, unzipped if the server zipped it. The load runs take the bytes as they
     * come, like a client that reads the answer without parsing it.
     */
    static String send(HttpRequest r) throws Exception {
        HttpResponse<byte[]> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = resp.body();
        if ("gzip".equalsIgnoreCase(resp.headers().firstValue("Content-Encoding").orElse(""))) {
            body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            if (GZIP_NOTED.add(r.uri().getAuthority())) System.out.println(r.uri().getAuthority() + " answers gzip-compressed");
        } else if (GZIP_NOTED.add(r.uri().getAuthority())) {
            System.out.println(r.uri().getAuthority() + " answers uncompressed");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (resp.statusCode() != 200) throw new IllegalStateException(r.uri() + ": HTTP " + resp.statusCode() + " " + text);
        return text;
    }

    /**
     * The rows of a SPARQL JSON result as a multiset of "var=term" lists, each with its count (numbers
     * compared by value whatever their numeric datatype, IRIs as IRIs, other datatypes kept except
     * xsd:string, language tags in lower case). The values of the variables in {@code sortParts}
     * (variable → separator) have their parts sorted.
     */
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final java.util.Set<String> NUMBERS = java.util.Set.of("xsd:integer", "xsd:decimal", "xsd:double", "xsd:float",
        "xsd:int", "xsd:long", "xsd:short", "xsd:byte", "xsd:nonNegativeInteger", "xsd:positiveInteger", "xsd:nonPositiveInteger",
        "xsd:negativeInteger", "xsd:unsignedInt", "xsd:unsignedLong", "xsd:unsignedShort", "xsd:unsignedByte");

    static TreeSet<String> rows(String json, Map<String, String> sortParts, int digits) {
        JsonObject o = JSON.parse(json);
        java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonValue b : o.get("results").getAsObject().get("bindings").getAsArray()) {
            TreeSet<String> cells = new TreeSet<>();
            for (var e : b.getAsObject().entrySet()) {
                JsonObject term = e.getValue().getAsObject();
                String value = term.get("value").getAsString().value();
                String sep = sortParts.get(e.getKey());
                if (sep != null && !sep.isEmpty()) value = java.util.Arrays.stream(value.split(java.util.regex.Pattern.quote(sep), -1)).sorted().collect(Collectors.joining(sep));
                String type = term.get("type").getAsString().value();
                String dt = term.hasKey("datatype") ? term.get("datatype").getAsString().value() : "";
                if (type.equals("uri")) {
                    value = "<" + value + ">";
                } else if (type.equals("bnode")) {
                    value = "_:"; // labels are the server's own
                } else if (NUMBERS.contains(dt.replace(XSD, "xsd:"))) {
                    value = String.format(Locale.ROOT, "%." + digits + "g", Double.parseDouble(value)); // by value, whichever numeric type
                } else if (!dt.isEmpty() && !dt.equals(XSD + "string")) {
                    value = value + "^^" + dt.replace(XSD, "xsd:");
                }
                // language tags are case-insensitive
                cells.add(e.getKey() + "=" + value + (term.hasKey("xml:lang") ? "@" + term.get("xml:lang").getAsString().value().toLowerCase(Locale.ROOT) : ""));
            }
            counts.merge(cells.toString(), 1, Integer::sum);
        }
        TreeSet<String> rows = new TreeSet<>();
        counts.forEach((row, n) -> rows.add(row + " ×" + n));
        return rows;
    }

    /**
     * The answers-table entry for one query; the differing rows of each server are printed to
     * {@code out}. Whether the servers gave the same rows: as given; else with GROUP_CONCAT parts sorted; else
     * with numbers to five digits instead of six, so that two values that differ only where one
     * server prints fewer digits (1.400665e-08 read as 1.40066e-08 by one and 1.40067e-08 by the
     * other) are not taken for different answers. Any two values within about 1e-6 of each other
     * agree at one of the two precisions.
     */
    static String compare(String query, Map<String, TreeSet<String>> answers, Map<String, TreeSet<String>> sorted,
                          Map<String, TreeSet<String>> coarse, List<String> failed, PrintStream out) {
        String failures = failed.isEmpty() ? "" : "; FAILED on " + String.join(", ", failed);
        if (answers.isEmpty()) return "FAILED on all";
        String first = answers.keySet().iterator().next();
        String same = "same " + count(answers.get(first)) + " rows on " + (failed.isEmpty() ? "all" : String.join(", ", answers.keySet()));
        List<String> differ = answers.keySet().stream().filter(n -> !answers.get(n).equals(answers.get(first))).toList();
        if (differ.isEmpty()) return same + failures;
        List<String> differSorted = answers.keySet().stream().filter(n -> !sorted.get(n).equals(sorted.get(first))).toList();
        List<String> differCoarse = differSorted.stream().filter(n -> !coarse.get(n).equals(coarse.get(first))).toList();
        if (!differSorted.isEmpty() && differCoarse.isEmpty()) {
            return same + " up to the sixth digit of some numbers (differs on " + String.join(", ", differSorted) + ")" + failures;
        }
        for (String n : differCoarse) {
            List<String> missing = sorted.get(first).stream().filter(r -> !sorted.get(n).contains(r)).limit(3).toList();
            List<String> extra = sorted.get(n).stream().filter(r -> !sorted.get(first).contains(r)).limit(3).toList();
            out.printf("%-24s %-10s differs from %s: e.g. only %s: %s; only %s: %s%n", query, n, first, first, missing, n, extra);
        }
        if (differSorted.isEmpty()) {
            return same + " up to the order inside GROUP_CONCAT (differs on " + String.join(", ", differ) + ")" + failures;
        }
        return "DIFFERENT: " + answers.entrySet().stream().map(e -> e.getKey() + " " + count(e.getValue()) + " rows").collect(Collectors.joining(", "))
            + " (" + String.join(", ", differCoarse) + " differ" + (differCoarse.size() == 1 ? "s" : "") + " from " + first + ")" + failures;
    }

    /** The number of rows of a multiset made by {@link #rows}. */
    static int count(TreeSet<String> rows) {
        return rows.stream().mapToInt(r -> Integer.parseInt(r.substring(r.lastIndexOf('×') + 1))).sum();
    }

    /** The result variables bound directly by {@code (GROUP_CONCAT(...) AS ?v)}, with their separators. */
    static Map<String, String> groupConcats(NamedQuery q) {
        Map<String, String> out = new LinkedHashMap<>();
        var project = q.query().getProject();
        for (Var v : project.getVars()) {
            if (!(project.getExpr(v) instanceof org.apache.jena.sparql.expr.ExprAggregator ea)) continue;
            String sep = null;
            if (ea.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat gc) sep = gc.getSeparator();
            else if (ea.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct gc) sep = gc.getSeparator();
            else continue;
            out.put(v.getVarName(), sep == null ? " " : sep);
        }
        return out;
    }

    static String oneLine(String s) {
        if (s == null) return "";
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
    }

    static Measure load(String query, Target t, Call call, int clients, int seconds) throws Exception {
        // collect the client's own garbage first (the parsed answers of the comparison run to
        // gigabytes), as JMH does between iterations: a pause of the client during the measurement
        // is counted in the server's latencies
        System.gc();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime(), end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                byte[] buffer = new byte[1 << 16];
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        call.fetch(t, buffer);
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
        return new Measure(query, t.name(), clients, sorted.size(), errors.get(), elapsed, p50, p99);
    }

    static Map<String, Map<String, String>> parseParams(String spec) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            String[] qp = kv[0].split("\\.", 2);
            out.computeIfAbsent(qp[0].strip(), k -> new LinkedHashMap<>()).put(qp[1].strip(), kv[1].strip());
        }
        return out;
    }
}
