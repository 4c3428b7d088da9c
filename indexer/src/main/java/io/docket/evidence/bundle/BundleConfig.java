package io.docket.evidence.bundle;

/**
 * How evidence bundles are numbered and how large one may be.
 *
 * @param batesPrefix the Bates prefix of every file name ("DKT" gives DKT-000001.eml): capitals and digits
 * @param maxMessages the most messages one bundle holds; a larger selection is refused, not cut short,
 *                    because a bundle that silently leaves mail out is worse than none
 */
public record BundleConfig(String batesPrefix, int maxMessages) {
    public static final String DEFAULT_BATES_PREFIX = "DKT";
    public static final int DEFAULT_MAX_MESSAGES = 5_000;
    public static final BundleConfig DEFAULTS = new BundleConfig(DEFAULT_BATES_PREFIX, DEFAULT_MAX_MESSAGES);

    public BundleConfig {
        if (batesPrefix == null || !batesPrefix.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException("bundle batesPrefix must be 1-10 capital letters or digits, got \"" + batesPrefix + "\"");
        }
        if (maxMessages < 1 || maxMessages > 1_000_000) {
            throw new IllegalArgumentException("bundle maxMessages must be 1..1000000, got " + maxMessages);
        }
    }

    /** The Bates number of the {@code sequence}th message (1-based): six digits, as courts expect fixed width. */
    public String bates(int sequence) {
        return String.format(java.util.Locale.ROOT, "%s-%06d", batesPrefix, sequence);
    }
}
