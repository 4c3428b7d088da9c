package io.docket.model;

/** Something in a message that could not be read as declared; the message is still archived. */
public record ParseWarning(String code, String detail) {
    public ParseWarning {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("warning needs a code");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? code : code + ": " + detail;
    }
}
