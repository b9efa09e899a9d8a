package fi.tyoverkko.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Pronouns, quantifiers and adverbs ({@code function-words.txt}) that may start a sentence but never a name. */
public final class FunctionWords {
    private FunctionWords() {}

    private static final Set<String> WORDS = WordList.lines("function-words.txt").stream()
        .flatMap(l -> Arrays.stream(l.split("\\s+"))).collect(Collectors.toUnmodifiableSet());

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
