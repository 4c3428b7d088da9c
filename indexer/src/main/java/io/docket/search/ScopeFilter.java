package io.docket.search;

import io.docket.access.Scope;
import io.docket.index.IndexFields;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** A principal's scope as a Lucene filter: totals, facets and aggregations see only what the principal may open. */
public final class ScopeFilter {
    private ScopeFilter() {}

    public static Query restrict(Query query, Scope scope) {
        if (scope.all()) return query;
        if (scope.customers().isEmpty()) return new MatchNoDocsQuery("no customers assigned");
        List<BytesRef> ids = scope.customers().stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                // A filter clause: the scope must not change relevance scores, only what may match.
                .add(new TermInSetQuery(IndexFields.CUSTOMER, ids), BooleanClause.Occur.FILTER)
                .build();
    }
}
