package fi.tyoverkko.resolve;

import fi.tyoverkko.store.MappedInts;
import fi.tyoverkko.store.MappedSlots;
import fi.tyoverkko.store.MappedTerms;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Names (a kind and a name key) to the resources they name, in the order first seen, kept in
 * scratch files: the build's names grow with the data, and as maps of strings to sets of Nodes
 * they were 37 MB of heap at 9 M triples, the largest thing held while documents were read.
 * <p>
 * A name is an entry (its text, its 64-bit hash, its first link); each resource named is a link
 * (the resource, the next link). Texts and resources are terms of one {@link MappedTerms}, read
 * back only to compare a name whose hash matches and to answer.
 */
final class NameIndex {
    /** A small cache: lookups of the same name are few (documents' names are cached by their reader), and a full 64 k cache was 10 MB. */
    private final MappedTerms terms = new MappedTerms(10);
    /** By entry: the term number of its text ("kind", NUL, key). */
    private final MappedInts nameTerm = MappedInts.temporary("name-texts");
    /** By entry: the hash of its text. */
    private final MappedInts nameHash = MappedInts.temporary("name-hashes");
    /** By entry: its first link + 1. */
    private final MappedInts firstLink = MappedInts.temporary("name-first");
    /** By link: the term number of its resource, and the next link of the same name + 1 (0: none). */
    private final MappedInts linkTerm = MappedInts.temporary("name-links"), nextLink = MappedInts.temporary("name-next");
    private final MappedSlots slots = new MappedSlots("name-slots", 0, nameHash::getLong);
    private int entries, links;

    /** Adds a resource to the resources of a name, unless it is there already. */
    void add(String kind, String key, Node resource) {
        String text = kind + '\u0000' + key;
        long hash = hash(text);
        long slot = slot(text, hash);
        int entry = slots.entry(slot);
        if (entry < 0) {
            entry = entries++;
            nameTerm.set(entry, terms.add(NodeFactory.createLiteralString(text)));
            nameHash.setLong(entry, hash);
            slots.put(slot, entry);
            firstLink.set(entry, newLink(resource) + 1);
            return;
        }
        int link = firstLink.get(entry) - 1;
        while (true) {
            if (same(linkTerm.get(link), resource)) return;
            int next = nextLink.get(link) - 1;
            if (next < 0) break;
            link = next;
        }
        nextLink.set(link, newLink(resource) + 1);
    }

    /** The resources of a name, in the order first seen; null when the name is not known. */
    Set<Node> get(String kind, String key) {
        String text = kind + '\u0000' + key;
        int entry = slots.entry(slot(text, hash(text)));
        if (entry < 0) return null;
        Set<Node> out = new LinkedHashSet<>();
        for (int link = firstLink.get(entry) - 1; link >= 0; link = nextLink.get(link) - 1) out.add(terms.get(linkTerm.get(link)));
        return out;
    }

    private long slot(String text, long hash) {
        return slots.slot(hash, e -> nameHash.getLong(e) == hash && terms.get(nameTerm.get(e)).getLiteralLexicalForm().equals(text));
    }

    private int newLink(Node resource) {
        int link = links++;
        linkTerm.set(link, terms.add(resource));
        return link;
    }

    private boolean same(int term, Node resource) {
        return terms.hashCode(term) == resource.hashCode() && terms.get(term).equals(resource);
    }

    /** A 64-bit hash of the text, well spread in its low bits (they pick the slot). */
    private static long hash(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 0x100000001B3L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
