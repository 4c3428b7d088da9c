package io.docket.samples.trade;

/** A header beyond the standard ones, e.g. Auto-Submitted (RFC 3834) on an out-of-office reply. */
record ExtraHeader(String name, String value) {
}
