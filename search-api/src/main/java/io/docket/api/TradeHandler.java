package io.docket.api;

import io.docket.search.InvalidQueryException;
import io.javalin.http.Context;
import java.util.Map;

/** Orders, their evidence, and customers. */
final class TradeHandler {
    private final ReaderFor readers;
    private final int maxQueryLength;

    TradeHandler(ReaderFor readers, int maxQueryLength) {
        this.readers = readers;
        this.maxQueryLength = maxQueryLength;
    }

    void orders(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (q.length() > maxQueryLength) throw ApiException.badRequest("query is " + q.length() + " characters long; the limit is " + maxQueryLength);
        int limit = Params.integer(ctx, "limit", 100, 1, 1_000);
        try {
            var orders = readers.of(ctx).orders(q);
            ctx.json(ApiJson.fields("total", orders.size(), "orders", orders.stream().limit(limit).map(TradeJson::order).toList()));
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void evidence(Context ctx) {
        String order = ctx.pathParam("order");
        ctx.json(TradeJson.evidence(readers.of(ctx).orderEvidence(order)
                .orElseThrow(() -> ApiException.notFound("no message names order " + order))));
    }

    void customers(Context ctx) {
        ctx.json(Map.of("customers", readers.of(ctx).customers().stream().map(TradeJson::customer).toList()));
    }

    void customer(Context ctx) {
        String id = ctx.pathParam("id");
        var customer = readers.of(ctx).customer(id).orElseThrow(() -> ApiException.notFound("no customer with id " + id));
        ctx.json(TradeJson.customerDetail(customer, readers.of(ctx).customerOrders(id)));
    }
}
