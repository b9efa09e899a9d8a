package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.curated.Tables;
import fi.tyoverkko.query.QueryCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (Debian's headless Chromium): it loads without console
 * errors, the map shows every region, the network shows the organisations of the tables, and
 * clicking a region or a node opens the right page. Screenshots go to target/screenshots/.
 * Without Chromium the test fails in CI (.ci/run installs it) and is skipped elsewhere.
 */
class DashboardBrowserTest {
    static FusekiServer server;
    static HeadlessChromium browser;
    static String base;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll static void start() throws Exception {
        if (!HeadlessChromium.available()) {
            if (System.getenv("CI") != null) throw new AssertionError("Chromium is not installed (/usr/bin/chromium): .ci/run installs it");
            Assumptions.assumeTrue(false, "Chromium is not installed: apt-get install chromium (skipped outside CI)");
        }
        Path root = TestKnowledgeBase.projectRoot();
        var catalogue = QueryCatalogue.load(root.resolve("queries"), root);
        server = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(),
            new ServerSettings(0, 10_000, 10_000, null, null, false, root.resolve("data/reference")), catalogue).start();
        base = "http://localhost:" + server.getPort();
        browser = new HeadlessChromium(1280, 1000);
    }

    @AfterAll static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.stop();
    }

    @org.junit.jupiter.api.BeforeEach void clearErrors() { browser.errors.clear(); }

    static void openDashboard() throws Exception {
        browser.navigate(base + "/");
        browser.waitFor("document.body && document.body.dataset.ready === 'true'", Duration.ofSeconds(30));
    }

    static String string(JsonValue v) { return v.getAsString().value(); }
    static double number(JsonValue v, String key) { return v.getAsObject().get(key).getAsNumber().value().doubleValue(); }

    @Test void dashboard_showsTheRegionsAndTheNetwork_withoutConsoleErrors() throws Exception {
        openDashboard();
        int regions = Tables.read("data/reference/regions.csv").size();
        assertEquals(regions, browser.eval("document.querySelectorAll('#map path.region').length").getAsNumber().value().intValue());
        // the organisations of the membership table, by canonical name
        var names = new java.util.HashMap<String, String>();
        for (var o : Tables.read("data/curated/organisations.csv")) {
            names.put(o.get("name"), o.get("name"));
            for (String v : o.get("variants").split("\\|")) if (!v.isBlank()) names.put(v.strip(), o.get("name"));
        }
        Set<String> expected = new TreeSet<>();
        for (var m : Tables.read("data/curated/memberships.csv")) expected.add(names.getOrDefault(m.get("organisation"), m.get("organisation")));
        Set<String> shown = new TreeSet<>();
        for (JsonValue v : browser.eval("[...document.querySelectorAll('#network a.node title')].map(t => t.textContent.replace(/ \\(.*$/, ''))").getAsArray()) {
            shown.add(string(v));
        }
        assertEquals(expected, shown, "network nodes");
        // a year filter keeps only organisations active that year, and the timeline has bars
        assertTrue(browser.eval("document.querySelectorAll('#timeline rect.bar').length").getAsNumber().value().intValue() > 0);
        browser.screenshot(SHOTS.resolve("dashboard.png"));
        // English
        browser.eval("document.querySelector('[data-lang=en]').click()");
        assertEquals("The employment ecosystem", string(browser.eval("document.querySelector('h1').textContent")));
        browser.screenshot(SHOTS.resolve("dashboard-en.png"));
        browser.eval("document.querySelector('[data-lang=fi]').click()");
        assertTrue(browser.errors.isEmpty(), "console errors: " + browser.errors);
    }

    @Test void clickingARegion_opensItsPage() throws Exception {
        openDashboard();
        String code = Tables.read("data/reference/regions.csv").get(0).values().iterator().next();
        // a point inside the region's shape, found by asking the page what is under each point
        JsonValue p = browser.eval("""
            (() => { const path = document.querySelector('#map a[data-code="%s"] path');
              path.scrollIntoView({block: 'center'});
              const r = path.getBoundingClientRect();
              for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
                const x = r.left + r.width * i / 20, y = r.top + r.height * j / 20;
                if (document.elementFromPoint(x, y) === path) return {x, y};
              }
              return null; })()""".formatted(code));
        assertTrue(p != null && p.isObject(), "no point inside region " + code);
        browser.click(number(p, "x"), number(p, "y"));
        browser.waitFor("location.pathname === '/id/region/" + code + "'", Duration.ofSeconds(15));
        browser.waitFor("document.readyState === 'complete'", Duration.ofSeconds(15));
        assertTrue(browser.eval("document.querySelector('h1').textContent").getAsString().value().length() > 0);
        browser.screenshot(SHOTS.resolve("region-page.png"));
        assertTrue(browser.errors.isEmpty(), "console errors: " + browser.errors);
    }

    @Test void clickingANode_opensTheOrganisationPage() throws Exception {
        openDashboard();
        // let the layout come to rest, then click the biggest node
        browser.waitFor("typeof simulation !== 'undefined' && simulation.alpha() < 0.05", Duration.ofSeconds(30));
        browser.eval("simulation.stop()");
        JsonValue p = browser.eval("""
            (() => { const nodes = [...document.querySelectorAll('#network a.node')];
              const big = nodes.reduce((a, b) => +a.querySelector('circle').getAttribute('r') >= +b.querySelector('circle').getAttribute('r') ? a : b);
              big.scrollIntoView({block: 'center'});
              const r = big.querySelector('circle').getBoundingClientRect();
              return {x: r.left + r.width / 2, y: r.top + r.height / 2, href: big.getAttribute('href')}; })()""");
        String href = string(p.getAsObject().get("href"));
        assertTrue(href.startsWith("/id/organisation/"), href);
        browser.click(number(p, "x"), number(p, "y"));
        browser.waitFor("location.pathname === '" + href + "'", Duration.ofSeconds(15));
        browser.waitFor("document.readyState === 'complete'", Duration.ofSeconds(15));
        browser.screenshot(SHOTS.resolve("organisation-page.png"));
        assertTrue(browser.errors.isEmpty(), "console errors: " + browser.errors);
    }

    @Test void sparqlEditor_loadsOffline_withTheCatalogueAsExamples() throws Exception {
        browser.navigate(base + "/editor");
        browser.waitFor("document.body && document.body.dataset.ready === 'true'", Duration.ofSeconds(30));
        int examples = browser.eval("document.querySelectorAll('#examples option').length").getAsNumber().value().intValue();
        int queries = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot()).all().size();
        assertEquals(queries + 1, examples);
        assertTrue(browser.eval("document.querySelector('.yasgui .CodeMirror') !== null").getAsBoolean().value());
        // the first example runs against /kb/sparql: one row per region
        browser.eval("document.querySelector('.yasqe_queryButton').click()");
        int regions = Tables.read("data/reference/regions.csv").size();
        browser.waitFor("document.querySelectorAll('.yasr tbody tr').length === " + regions, Duration.ofSeconds(20));
        browser.screenshot(SHOTS.resolve("editor.png"));
        assertTrue(browser.errors.isEmpty(), "console errors: " + browser.errors);
    }
}
