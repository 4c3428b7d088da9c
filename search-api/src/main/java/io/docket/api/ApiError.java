package io.docket.api;

/** The one JSON shape of every error the API returns. */
public record ApiError(String error, String detail) {}
