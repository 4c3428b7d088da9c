/**
 * Docket's query language, independent of any search engine. A user query is parsed once by
 * {@link io.docket.search.query.DocketQueryParser} into a {@link io.docket.search.query.QueryNode}
 * tree; each backend translates that tree (never the raw string).
 *
 * <p>The language, Gmail/notmuch style:
 * <ul>
 *   <li>words and {@code "quoted phrases"}; a trailing {@code *} makes a prefix ({@code spam*});</li>
 *   <li>{@code AND} (or just a space), {@code OR}, {@code NOT} or a leading {@code -}, parentheses;
 *       keywords in any case, NOT binds tighter than AND, AND tighter than OR;</li>
 *   <li>{@code name:value} for a registered operator, the value a word, a phrase or a group
 *       ({@code from:(hans OR lily)}); operator names are case-insensitive;</li>
 *   <li>{@code name:value} with an unregistered name is one plain word, so times ({@code 14:05}) and
 *       URLs stay searchable and a typo never turns into an error;</li>
 *   <li>dates: {@code after:2024-03-01} (that day and later), {@code before:2024-03-05} (strictly
 *       earlier days), {@code date:2024}, {@code date:2024-03}, {@code date:2024-03-05},
 *       {@code date:2024-01..2024-03} (both ends inclusive), open ends {@code date:2024-03..};</li>
 *   <li>a blank query matches everything; errors are {@link io.docket.search.query.QuerySyntaxException}
 *       with a 0-based position (UTF-16 index into the query string).</li>
 * </ul>
 * Operators live in {@link io.docket.search.query.OperatorRegistry}; adding one is a registration.
 */
package io.docket.search.query;
