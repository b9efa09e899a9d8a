package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Terms kept as bytes must read back as the very terms added, whatever their kind and text. */
class MappedTermsTest {
    private static final List<Node> ODD = List.of(
        NodeFactory.createURI("https://example.org/ä/𝔸"), NodeFactory.createURI(""),
        NodeFactory.createBlankNode("b0"),
        NodeFactory.createLiteralString(""), NodeFactory.createLiteralString("rivi 1\nrivi 2\t\u0000"),
        NodeFactory.createLiteralLang("Vates-säätiö", "fi"), NodeFactory.createLiteralLang("Vates-stiftelsen", "sv"),
        NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdecimal), NodeFactory.createLiteralDT("ei numero", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("x", NodeFactory.getType("https://example.org/own-datatype")),
        NodeFactory.createLiteralDirLang("שלום", "he", "rtl"),
        NodeFactory.createTripleTerm(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
            NodeFactory.createLiteralString("o")),
        NodeFactory.createLiteralString("x".repeat(100_000)));

    @Test void everyKindOfTerm_readsBackEqual_withItsHashCode() {
        MappedTerms terms = new MappedTerms();
        List<Integer> numbers = new ArrayList<>();
        for (Node n : ODD) numbers.add(terms.add(n));
        assertEquals(ODD.size(), terms.size());
        for (int i = 0; i < ODD.size(); i++) {
            Node read = terms.get(numbers.get(i));
            assertEquals(ODD.get(i), read, ODD.get(i).toString());
            assertEquals(lexical(ODD.get(i)), lexical(read), "the same term, not only the same value");
            assertEquals(ODD.get(i).hashCode(), terms.hashCode(numbers.get(i)));
        }
        terms.close();
        assertEquals(ODD.get(0), terms.get(numbers.get(0)), "readable after the files are closed");
    }

    @Test void termsOutOfTheCache_areReadFromTheirBytes() {
        MappedTerms terms = new MappedTerms();
        int count = 200_000; // three times the cache
        for (int i = 0; i < count; i++) terms.add(term(i));
        for (int i = count - 1; i >= 0; i -= 7) assertEquals(term(i), terms.get(i));
        for (int i = 0; i < count; i += 7) assertEquals(term(i), terms.get(i));
    }

    @Test void aVariable_isNotATerm() {
        assertThrows(IllegalArgumentException.class, () -> new MappedTerms().add(NodeFactory.createVariable("x")));
    }

    private static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static Node term(int i) {
        return switch (i % 3) {
            case 0 -> NodeFactory.createURI("https://example.org/id/" + i);
            case 1 -> NodeFactory.createLiteralLang("nimi " + i, i % 2 == 0 ? "fi" : "sv");
            default -> NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
        };
    }
}
