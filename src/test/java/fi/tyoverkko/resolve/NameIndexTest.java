package fi.tyoverkko.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The name index in scratch files answers what a map of names to ordered sets of resources would. */
class NameIndexTest {
    @Test void resourcesOfAName_inTheOrderFirstSeen_eachOnce_byKind() {
        NameIndex index = new NameIndex();
        Node a = NodeFactory.createURI("https://example.org/a"), b = NodeFactory.createURI("https://example.org/b");
        index.add("organisation", "vates", a);
        index.add("organisation", "vates", b);
        index.add("organisation", "vates", a);
        index.add("project", "vates", b);
        assertEquals(List.of(a, b), List.copyOf(index.get("organisation", "vates")));
        assertEquals(List.of(b), List.copyOf(index.get("project", "vates")));
        assertNull(index.get("person", "vates"));
        assertNull(index.get("organisation", "vate"));
    }

    /** Many names (the table grows several times), some sharing resources, non-ASCII keys and blank nodes among them. */
    @Test void manyNames_sameAsAMap() {
        NameIndex index = new NameIndex();
        Map<String, Set<Node>> expected = new HashMap<>();
        Random r = new Random(7);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String key = (i % 3 == 0 ? "säätiö " : "yhdistys ") + r.nextInt(15_000);
            Node resource = i % 50 == 0 ? NodeFactory.createBlankNode("b" + i) : NodeFactory.createURI("https://example.org/o" + r.nextInt(9_000));
            index.add("organisation", key, resource);
            expected.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(resource);
            keys.add(key);
        }
        for (String key : keys) assertEquals(List.copyOf(expected.get(key)), List.copyOf(index.get("organisation", key)), key);
    }
}
