package io.docket.config;

/**
 * A docket.yml that cannot be used. The message always names the file and the key path
 * ({@code docket.yml: accounts[0].security: ...}) so the user can find the line; it never carries a
 * password, because passwords are only read at connect time (see {@link AccountConfig#password()}).
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
