package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.search.InvalidQueryException;
import io.docket.search.SearchRequest;
import io.docket.search.SearchResult;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the archive with Docket's query language, e.g. 'from:mueller-gmbh.de subject:\"payment terms\"'.")
final class SearchCommand implements Callable<Integer> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx");

    @Mixin
    ConfigOptions archive;

    @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "", description = "The query (quote it).")
    String query;

    @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
    int offset;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date or -date.")
    String sort;

    @Option(names = "--json", description = "Print the API's JSON.")
    boolean json;

    @Override
    public Integer call() {
        SearchResult result;
        try (EmbeddedArchive opened = archive.open()) {
            result = opened.search(new SearchRequest(query, limit, offset, SearchRequest.SortOrder.parse(sort)));
        } catch (InvalidQueryException e) {
            System.err.println("docket: " + e.getMessage());
            return 2;
        }
        if (json) {
            System.out.println(Json.write(io.docket.api.ApiJsonAccess.searchResult(result)));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%,d messages (%d ms)%n", result.total(), result.tookMs());
        for (SearchResult.Hit hit : result.hits()) {
            var m = hit.message();
            System.out.printf(Locale.ROOT, "%n%s  %s%n  %s%n  %s%n  id:%s%n",
                    m.date() == null ? "(no date)        " : DATE.format(m.date()), m.from().display(), m.subject(),
                    Snippets.plain(hit.snippet()), m.id());
        }
        return 0;
    }
}
