package io.docket.cli;

/** Whether standard error is an interactive terminal (the launcher tells us; the JDK 21 API cannot). */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        return "1".equals(System.getProperty("docket.tty"));
    }
}
