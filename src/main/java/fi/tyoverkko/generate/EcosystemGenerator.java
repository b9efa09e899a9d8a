package fi.tyoverkko.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A synthetic employment ecosystem in the project's own input formats: curated tables that follow
 * data/curated/README.md and the Finnish documents their quotes come from, in a project folder that
 * {@code tyoverkko build} reads (ontology, mappings, queries and reference data are copied from the
 * current project). The same scale and seed give the same bytes.
 *
 * <p>Scale 1 is about 100 000 triples; the size grows linearly. Partnerships are heavy-tailed: a
 * few organisations take part in many projects (Zipf), most in one or two.
 */
public final class EcosystemGenerator {
    /** Projects per unit of scale (calibrated so that scale 1 gives about 100 k triples). */
    static final int PROJECTS_PER_SCALE = 150;
    /** Table rows per generated document: each document reads like a page of project news. */
    static final int ROWS_PER_DOCUMENT = 200;
    static final String[] ORG_TYPES = {"association", "foundation", "social-enterprise", "cooperative", "company", "university", "municipality", "network"};
    static final String[] PROGRAMMES = {"STEA", "ESR", "ESR+", "EU", "foundation-grant", "ministry", "other"};

    private final WordLists words = new WordLists();
    private final SplittableRandom random;
    private final int scale;
    private final List<String[]> municipalities = new ArrayList<>(); // code, name, region code
    private final Documents docs;
    private final Set<String> usedNames = new HashSet<>();

    public record Summary(int organisations, int projects, int memberships, int people, int events, int documents) {}

    private EcosystemGenerator(int scale, long seed, Path out) {
        this.scale = scale;
        this.random = new SplittableRandom(seed);
        this.docs = new Documents(out.resolve("data/sources"));
    }

    /** Writes a generated project into {@code out} (which must not exist or be empty), copying the fixed parts from {@code home}. */
    public static Summary generate(Path home, Path out, int scale, long seed) {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1");
        try {
            if (Files.exists(out) && Files.list(out).findAny().isPresent()) {
                throw new IllegalArgumentException(out + " is not empty: give a new folder");
            }
            for (String part : List.of("ontology", "queries", "data/mappings", "data/reference")) copyTree(home.resolve(part), out.resolve(part));
            Files.createDirectories(out.resolve("data/curated"));
            return new EcosystemGenerator(scale, seed, out).write(home, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated project to " + out + ": " + e.getMessage(), e);
        }
    }

    private Summary write(Path home, Path out) throws IOException {
        readMunicipalities(home.resolve("data/reference/municipalities.csv"));
        Path curated = out.resolve("data/curated");
        int projectCount = PROJECTS_PER_SCALE * scale;
        int orgCount = Math.max(20, projectCount * 3 / 4);

        // organisations: funders first, then the rest
        List<String> funders = words.get("funders"), funderTypes = words.get("funder.types"), funderProgrammes = words.get("funder.programmes");
        List<String> orgs = new ArrayList<>();
        try (CSVPrinter csv = printer(curated.resolve("organisations.csv"), "name", "variants", "type", "municipality", "url", "email", "source", "quote")) {
            for (int i = 0; i < funders.size(); i++) {
                String name = funders.get(i);
                usedNames.add(name);
                String quote = name + " myöntää avustuksia työllisyyttä edistävälle toiminnalle.";
                csv.printRecord(name, "", funderTypes.get(i), "", "", "", docs.cite(quote), quote);
            }
            for (int i = 0; i < orgCount; i++) {
                String type = ORG_TYPES[i % ORG_TYPES.length];
                String[] home_ = municipality();
                String name = organisationName(type, home_[1]);
                orgs.add(name);
                String slug = ascii(name);
                String quote = name + " toimii " + home_[1] + " kunnan alueella ja tukee ihmisiä työhön.";
                csv.printRecord(name, "", type, home_[1], "https://" + slug + ".example.fi/", "info@" + slug + ".example.fi", docs.cite(quote), quote);
            }
        }
        double[] zipf = zipfCumulative(orgs.size(), 1.05);

        int memberships = 0, people = 0, events = 0;
        try (CSVPrinter projects = printer(curated.resolve("projects.csv"), "name", "acronym", "variants", "start", "end", "programme", "description", "areas_served", "url", "source", "quote");
             CSVPrinter members = printer(curated.resolve("memberships.csv"), "project", "organisation", "role", "budget_total", "budget_eu", "source", "quote");
             CSVPrinter funding = printer(curated.resolve("funding.csv"), "project", "funder", "programme", "amount_total", "amount_eu", "source", "quote");
             CSVPrinter persons = printer(curated.resolve("people.csv"), "name", "variants", "job_title", "organisation", "project", "project_role", "email", "phone", "source", "quote");
             CSVPrinter eventRows = printer(curated.resolve("events.csv"), "name", "date", "municipality", "region_as_stated", "venue", "project", "organizer", "source", "quote")) {
            for (int p = 0; p < projectCount; p++) {
                String name = projectName();
                String acronym = acronym(name, p);
                int startYear = 2000 + random.nextInt(25);
                int months = 12 * (1 + random.nextInt(4));
                int startMonth = 1 + random.nextInt(12);
                String start = "1." + startMonth + "." + startYear;
                int endMonthIndex = startMonth - 1 + months - 1;
                int endYear = startYear + endMonthIndex / 12, endMonth = endMonthIndex % 12 + 1;
                String end = lastDay(endYear, endMonth) + "." + endMonth + "." + endYear;
                int f = random.nextInt(funders.size());
                String programme = funderProgrammes.get(f);
                String[] area = municipality();
                String pq = name + " (" + acronym + ") toteutetaan " + start + "–" + end + " " + area[1] + " kunnassa, ja sen rahoittaa " + funders.get(f) + ".";
                projects.printRecord(name, acronym, acronym + "-hanke", start, end, programme,
                    "Hanke kehittää työllistymistä tukevia palveluja " + area[1] + " kunnassa.", area[1], "", docs.cite(pq), pq);

                long total = 50_000L + 1000L * random.nextInt(2000);
                String fq = "Hankkeen " + acronym + " kokonaisbudjetti on " + euros(total) + " euroa.";
                funding.printRecord(name, funders.get(f), programme, euros(total), "", docs.cite(fq), fq);
                members.printRecord(name, funders.get(f), "funder", "", "", docs.cite(fq), fq);
                memberships++;

                // partners: 1 coordinator and a heavy-tailed number of partners, chosen by Zipf
                int partners = 1 + (int) Math.min(25, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
                Set<String> chosen = new LinkedHashSet<>();
                while (chosen.size() < partners + 1) chosen.add(orgs.get(pick(zipf)));
                boolean first = true;
                for (String org : chosen) {
                    String role = first ? "coordinator" : "partner";
                    String mq = first ? org + " hallinnoi hanketta " + acronym + "." : org + " on hankkeen " + acronym + " osatoteuttaja.";
                    members.printRecord(name, org, role, "", "", docs.cite(mq), mq);
                    memberships++;
                    first = false;
                }
                String coordinator = chosen.iterator().next();

                String person = personName();
                String title = pickOf(words.get("titles"));
                String email = ascii(person).replace('-', '.') + "@" + ascii(coordinator) + ".example.fi";
                String phone = "050 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
                String peq = person + ", " + title + ", " + email + ", puh. " + phone;
                persons.printRecord(person, "", title, coordinator, name, "project-manager", email, phone, docs.cite(peq), peq);
                people++;

                int eventCount = random.nextInt(3);
                for (int e = 0; e < eventCount; e++) {
                    String[] place = municipality();
                    int year = Math.min(endYear, startYear + random.nextInt(Math.max(1, endYear - startYear + 1)));
                    String date = (1 + random.nextInt(28)) + "." + (1 + random.nextInt(12)) + "." + year;
                    String kind = pickOf(words.get("event.kinds"));
                    String ename = acronym + "-" + kind + ", " + place[1];
                    String eq = acronym + "-hankkeen " + kind + " pidetään " + date + " kunnassa " + place[1] + ".";
                    eventRows.printRecord(ename + " " + date, date, place[1], "", "", name, coordinator, docs.cite(eq), eq);
                    events++;
                }
            }
        }
        try (CSVPrinter stats = printer(curated.resolve("statistics.csv"), "municipality", "indicator", "value", "unit", "year", "source", "quote")) {
            int years = Math.min(20, scale);
            for (String[] m : municipalities) {
                for (int y = 0; y < years; y++) {
                    int year = 2024 - y;
                    long population = 800 + random.nextInt(60_000);
                    String rate = (3 + random.nextInt(15)) + "," + random.nextInt(10);
                    String q1 = m[1] + ": väkiluku " + grouped(population) + " (" + year + ").";
                    stats.printRecord(m[1], "population", grouped(population), "persons", year, docs.cite(q1), q1);
                    String q2 = m[1] + ": työttömyysaste " + rate + " % (" + year + ").";
                    stats.printRecord(m[1], "unemployment-rate", rate, "percent", year, docs.cite(q2), q2);
                }
            }
        }
        try (CSVPrinter conflicts = printer(curated.resolve("conflicts.csv"), "subject", "aspect", "value_a", "source_a", "value_b", "source_b", "note")) {
            // none: generated sources agree
        }
        int documents = docs.finish();
        return new Summary(orgs.size() + funders.size(), projectCount, memberships, people, events, documents);
    }

    // ---- names --------------------------------------------------------------------------

    private String organisationName(String type, String municipality) {
        for (int attempt = 0; ; attempt++) {
            String stem = pickOf(words.get("org.stems")), middle = pickOf(words.get("org.middles"));
            String base = stem + (attempt > 3 ? " " + municipality : "") + (attempt > 6 ? " " + attempt : "");
            String name = switch (type) {
                case "association" -> base + " " + middle + "yhdistys ry";
                case "foundation" -> base + " " + middle + "säätiö sr";
                case "social-enterprise" -> base + " " + capital(middle) + "palvelut Oy";
                case "cooperative" -> base + " " + middle + "osuuskunta";
                case "company" -> base + " " + capital(middle) + " Oy";
                case "university" -> base + " ammattikorkeakoulu";
                case "municipality" -> municipality + " " + (attempt == 0 ? "kunta" : "kuntayhtymä " + base);
                default -> base + "-" + middle + "verkosto";
            };
            if (usedNames.add(name)) return name;
        }
    }

    private String projectName() {
        for (int attempt = 0; ; attempt++) {
            String name = pickOf(words.get("project.themes")) + " " + pickOf(words.get("project.nouns"))
                + (attempt > 2 ? " " + (attempt + random.nextInt(1000)) : "");
            if (usedNames.add(name)) return name;
        }
    }

    private String acronym(String name, int n) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) if (!w.isEmpty() && Character.isLetter(w.charAt(0))) sb.append(Character.toUpperCase(w.charAt(0)));
        return sb + String.valueOf(n);
    }

    private String personName() {
        for (int attempt = 0; ; attempt++) {
            String name = pickOf(words.get("first.names")) + " " + (attempt > 5 ? pickOf(words.get("first.names")).charAt(0) + ". " : "")
                + pickOf(words.get("last.names")) + (attempt > 10 ? "-" + pickOf(words.get("last.names")) : "");
            if (attempt > 20) name = name + " " + attempt;
            if (usedNames.add(name)) return name;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void readMunicipalities(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                municipalities.add(new String[] {rec.get("code"), rec.get("name_fi"), rec.get("region_code")});
            }
        }
    }

    private String[] municipality() { return municipalities.get(random.nextInt(municipalities.size())); }

    private String pickOf(List<String> list) { return list.get(random.nextInt(list.size())); }

    static double[] zipfCumulative(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) c[i] = sum += 1 / Math.pow(i + 1, s);
        for (int i = 0; i < n; i++) c[i] /= sum;
        return c;
    }

    private int pick(double[] cumulative) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    static String euros(long n) { return grouped(n); }

    /** Finnish digit grouping with a space: 1 234 567. */
    static String grouped(long n) {
        String s = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) sb.append(' ');
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    static int lastDay(int year, int month) { return java.time.YearMonth.of(year, month).lengthOfMonth(); }

    static String capital(String s) { return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1); }

    static String ascii(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /** The generated documents: sentences collected into numbered text files, listed in sources.csv. */
    private static final class Documents {
        private final Path dir;
        private final StringBuilder current = new StringBuilder();
        private int count, rows;

        Documents(Path dir) { this.dir = dir; }

        /** Adds a sentence to the current document and returns that document's id. */
        String cite(String sentence) {
            if (rows == ROWS_PER_DOCUMENT) flush();
            if (rows == 0) current.append("Hankeuutisia ").append(count + 1).append("\n\n");
            current.append(sentence).append(rows % 5 == 4 ? "\n\n" : " ");
            rows++;
            return id(count);
        }

        private static String id(int n) { return String.format(Locale.ROOT, "synteettinen-%06d", n + 1); }

        private void flush() {
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(id(count) + ".txt"), current.toString().strip() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current.setLength(0);
            rows = 0;
            count++;
        }

        int finish() throws IOException {
            if (rows > 0) flush();
            try (CSVPrinter csv = printer(dir.resolve("sources.csv"), "id", "file", "title", "publisher", "date", "kind", "language")) {
                for (int i = 0; i < count; i++) {
                    csv.printRecord(id(i), id(i) + ".txt", "Hankeuutisia " + (i + 1) + " (synteettinen)", "Työverkko-generaattori", "2025", "web-page", "fi");
                }
            }
            return count;
        }
    }

}
