package io.docket.search.query;

/**
 * One lexical unit of a user query with where it starts and ends (0-based, end exclusive), so every
 * syntax error can point at a character.
 *
 * @param type  what the token is
 * @param text  the word, the phrase without its quotes, the operator name, or the keyword as typed
 * @param start index of the first character
 * @param end   index after the last character
 */
record QueryToken(Type type, String text, int start, int end) {
    enum Type {
        WORD, PHRASE, OPERATOR, AND, OR, NOT, LPAREN, RPAREN, EOF
    }

    /** True for a token that may begin a term (and so continues an implicit AND). */
    boolean startsTerm() {
        return switch (type) {
            case WORD, PHRASE, OPERATOR, NOT, LPAREN -> true;
            case AND, OR, RPAREN, EOF -> false;
        };
    }

    /** The name to use in messages: "OR", "NOT" for both {@code NOT} and {@code -}. */
    String display() {
        return switch (type) {
            case AND -> "AND";
            case OR -> "OR";
            case NOT -> "NOT";
            default -> text;
        };
    }
}
