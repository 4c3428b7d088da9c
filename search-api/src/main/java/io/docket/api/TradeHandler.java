package io.docket.api;

import io.docket.backend.ArchiveBackend;
import io.docket.search.InvalidQueryException;
import io.javalin.http.Context;
import java.util.Map;

/** Orders, their evidence, and customers. */
final class TradeHandler {
    private final ArchiveBackend archive;
    private final int maxQueryLength;

    TradeHandler(ArchiveBackend archive, int maxQueryLength) {
        this.archive = archive;
        this.maxQueryLength = maxQueryLength;
    }

    void orders(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (q.length() > maxQueryLength) throw ApiException.badRequest("query is " + q.length() + " characters long; the limit is " + maxQueryLength);
        int limit = Params.integer(ctx, "limit", 100, 1, 1_000);
        try {
            var orders = archive.orders(q);
            ctx.json(Map.of("total", orders.size(), "orders", orders.stream().limit(limit).map(TradeJson::order).toList()));
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void evidence(Context ctx) {
        String order = ctx.pathParam("order");
        ctx.json(TradeJson.evidence(archive.orderEvidence(order)
                .orElseThrow(() -> ApiException.notFound("no message names order " + order))));
    }

    void customers(Context ctx) {
        ctx.json(Map.of("customers", archive.customers().stream().map(TradeJson::customer).toList()));
    }

    void customer(Context ctx) {
        String id = ctx.pathParam("id");
        var customer = archive.customer(id).orElseThrow(() -> ApiException.notFound("no customer with id " + id));
        ctx.json(TradeJson.customerDetail(customer, archive.customerOrders(id)));
    }
}
