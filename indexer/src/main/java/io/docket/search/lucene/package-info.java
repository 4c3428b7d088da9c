/**
 * Lucene backend of the query language: {@link io.docket.search.lucene.LuceneQueryTranslator}
 * turns a {@link io.docket.search.query.QueryNode} tree into a Lucene query over
 * {@link io.docket.index.IndexFields}. Give it the analyzer the index was written with, so query
 * text is tokenised and folded exactly like indexed text.
 */
package io.docket.search.lucene;
