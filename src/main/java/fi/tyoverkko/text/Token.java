package fi.tyoverkko.text;

/** A word, number or punctuation mark with its character offsets in the text. */
public record Token(String text, int start, int end) {
    public boolean isWord() { return Character.isLetter(text.charAt(0)); }
    public boolean isNumber() { return Character.isDigit(text.charAt(0)); }
    public boolean isCapitalised() { return Character.isUpperCase(text.charAt(0)); }
    /** All capitals and at least two letters: an acronym such as "ESR" or "THL". */
    public boolean isAcronym() {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
