"""Wagtail's database search backend, made to stay fast on PostgreSQL when a query matches many posts.

Two changes to how Wagtail's PostgreSQL backend queries its index of (title, body) vectors:

- Matches come from the document `blog_search_document(title, body)` (blog 0008), which a GIN index
  covers and which the planner knows to be costly, instead of `title || body`: with the cheap
  operator the planner scanned every entry whenever a query matched a large share of the posts.
- Only the title vector ranks, weighted as Wagtail weights it, and the searched queryset's own
  order (newest first for posts) breaks the ties. A post's body vector is long enough to be stored
  out of line (TOAST), so ranking by it read and decompressed the body of every match to pick ten.
  Posts whose titles hold the words come first, then every other match, newest first.

Together they took a search matching 3,500 of 10,000 posts from about 850 ms to about 50 ms of
database time. Other databases (SQLite for a local run) keep Wagtail's own backend.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connection
from django.db.models import F, Func
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import And, Boost, Or, Phrase, PlainText


class SearchDocument(Func):
    function = "blog_search_document"
    output_field = SearchVectorField()


class TitleRankedQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        # Searches limited to some fields, fuzzy, negated and match-all searches stay Wagtail's.
        if self.fields is not None or not isinstance(self.query, (And, Boost, Or, Phrase, PlainText)):
            return super().search(config, start, stop, score_field, backend)
        title, title_norm = self.get_index_vectors(None)[0]
        rank = self.build_tsrank(title, self.query, config=config) * title_norm
        matches = self.queryset.alias(
            _document_=SearchDocument(F("index_entries__title"), F("index_entries__body"))
        ).filter(_document_=self.build_tsquery(self.query, config=config))
        return self._apply_ordering_and_scoring(matches, rank, start, stop, score_field)

    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        tiebreak = tuple(self.queryset.query.order_by)
        if not (self.order_by_relevance and tiebreak):
            return super()._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)
        queryset = queryset.order_by(rank_expression.desc(), *tiebreak, "-pk")
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]


class TitleRankedSearchBackend(PostgresSearchBackend):
    query_compiler_class = TitleRankedQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend's module
    if connection.vendor == "postgresql":
        return TitleRankedSearchBackend(params)
    return database_backend(params)
