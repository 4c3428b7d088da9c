package io.docket.parse.chat;

/**
 * The two layouts of a WhatsApp "Export chat" text. Android: {@code 12/03/2024, 14:05 - Name: text};
 * iOS: {@code [12/03/2024, 14:05:31] Name: text}, with generated text (attachments, notices) marked by
 * a leading U+200E LEFT-TO-RIGHT MARK.
 */
public enum ChatFormat {
    ANDROID("android"), IOS("ios");

    private final String label;

    ChatFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChatFormat parse(String label) {
        for (ChatFormat f : values()) if (f.label.equals(label)) return f;
        throw new IllegalArgumentException("unknown chat format " + label);
    }
}
