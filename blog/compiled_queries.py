"""Queries of one fixed shape whose SQL is compiled once per process and run with new values.

Compiling a query to SQL (resolving its joins, annotations and subqueries) took more CPU than
PostgreSQL took to run it for the few queries that every post page runs: the post found by its
address, its authors, conditions and tags, its stored related posts, a page of its comments.
Only the values differ from one request to the next, so the
SQL is made once, from a query built with a unique placeholder for each value, and the
placeholders are swapped for the request's values among the parameters.

What is kept per process is the shape only: SQL text, the parameters that are not values, and the
compiler that knows how to turn rows into model instances. Nothing read from the database is
kept, so there is nothing to go stale. Rows become instances through Django's own model iterable,
as the query built the usual way would give them: select_related objects and annotations
included.
"""

import copy
import functools
import random
import secrets

from django.apps import apps
from django.db import connections, router
from django.db.models.query import ModelIterable
from psycopg.types.numeric import Int2, Int4, Int8


class ShapeError(ValueError):
    """The built query does not carry every value as a parameter, so its SQL cannot be reused."""


class CompiledQuery:
    """`build(**values)` is a queryset of `model` instances (a model or its "app_label.Model"
    name); calling this runs it with these values.

    Values are whole numbers and strings, or lists of them (for `__in`), passed by name; a list of
    another length is another shape. A value the query compares as text
    (`slug=...`) or matches as a pattern (`path__startswith=...`) works either way: a pattern's
    value is escaped as Django escapes it. What Django writes into the SQL itself (an ordering, a
    slice's bounds) is passed by position instead, before the values: each different one is a
    shape of its own, compiled once.
    """

    def __init__(self, model, build):
        self.model, self.build = model, build
        # (database alias, shape arguments, names and types of the values) -> _Shape. Callers pass
        # only shape arguments of a few kinds, never what a reader sent as it is.
        self._shapes = {}

    def __call__(self, *shape, **values):
        """The instances the built query gives for these values, in one query."""
        if any(isinstance(value, list) and not value for value in values.values()):
            return list(self.build(*shape, **values))  # Django finds nothing in nothing without a query
        using = router.db_for_read(apps.get_model(self.model) if isinstance(self.model, str) else self.model)
        key = (using, shape, tuple(sorted((name, _kind(value)) for name, value in values.items())))
        compiled = self._shapes.get(key)
        if compiled is None:  # two threads may both compile it: the same shape either way
            build = functools.partial(self.build, *shape)
            compiled = self._shapes[key] = _Shape.compile(build, using, values)
        queryset = compiled.queryset(using, values)
        # A number its column cannot hold: Django answers without asking the database (nothing,
        # for an equality), which the usual way of running the query does again.
        return list(self.build(*shape, **values) if queryset is None else queryset)

    def first(self, *shape, **values):
        found = self(*shape, **values)
        return found[0] if found else None


class _Shape:
    def __init__(self, model, queryset_class, prefetch, compiler, sql, params, slots):
        self.model, self.queryset_class, self.prefetch = model, queryset_class, prefetch
        self.compiler, self.sql, self.params, self.slots = compiler, sql, params, slots

    @classmethod
    def compile(cls, build, using, values, attempts=3):
        # Twice, with other placeholders: a parameter of the shape that happened to equal one
        # would be taken for a value the first time only.
        for _ in range(attempts):
            first, second = _compile(build, using, values), _compile(build, using, values)
            if first.slots == second.slots and first.fixed() == second.fixed():
                return first
        raise ShapeError("The query's parameters differ between two builds with the same values.")

    def fixed(self):
        """The SQL and the parameters that are not values."""
        values = {position for position, _, _ in self.slots}
        return self.sql, [param for position, param in enumerate(self.params) if position not in values]

    def queryset(self, using, values):
        connection = connections[using]
        params = list(self.params)
        for position, (name, index), kind in self.slots:
            value = values[name] if index is None else values[name][index]
            if isinstance(kind, tuple):  # a pattern lookup escapes its value, then adds wildcards
                params[position] = connection.ops.prep_for_like_query(value).join(kind)
            elif not isinstance(value, int) or _holds(kind, value):
                params[position] = kind(value)
            else:
                return None
        compiler = copy.copy(self.compiler)
        compiler.connection, compiler.using = connection, using
        compiler.as_sql = lambda *args, **kwargs: (self.sql, tuple(params))
        queryset = self.queryset_class(model=self.model, query=_CompiledSQL(compiler), using=using)
        queryset._prefetch_related_lookups = self.prefetch
        return queryset


def _compile(build, using, values):
    placeholders = _placeholders(values)
    queryset = build(**placeholders).using(using)
    if queryset._iterable_class is not ModelIterable:
        raise ShapeError("Only querysets of model instances can be compiled once (not values() or specific()).")
    compiler = queryset.query.get_compiler(using=using)
    sql, params = compiler.as_sql()
    # Each value's placeholder by (name, index in its list or None).
    flat = {
        (name, index): one
        for name, placeholder in placeholders.items()
        for index, one in (enumerate(placeholder) if isinstance(placeholder, list) else [(None, placeholder)])
    }
    slots, found = [], set()
    for position, param in enumerate(params):
        for slot, placeholder in flat.items():
            if param == placeholder:  # the type too: psycopg's Int2 or Int4 of an integer column
                slots.append((position, slot, type(param)))
            elif isinstance(placeholder, str) and isinstance(param, str) and placeholder in param:
                slots.append((position, slot, tuple(param.split(placeholder))))  # a pattern
            else:
                continue
            found.add(slot)
            break
    missing = {slot[0] for slot, placeholder in flat.items() if slot not in found or str(placeholder) in sql}
    if missing:
        raise ShapeError(f"The query does not pass {', '.join(sorted(missing))} as a parameter of its SQL.")
    return _Shape(queryset.model, type(queryset), queryset._prefetch_related_lookups, compiler, sql, params, slots)


# psycopg's types for the integer columns of PostgreSQL; other databases are passed plain numbers.
_BITS = {Int2: 16, Int4: 32, Int8: 64}


def _holds(kind, value):
    bits = _BITS.get(kind, 64)
    return -(2 ** (bits - 1)) <= value < 2 ** (bits - 1)


class _CompiledSQL:
    """Stands in for the query of a queryset: hands Django's model iterable the ready compiler."""

    def __init__(self, compiler):
        self.compiler = compiler

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        return self.compiler


def _kind(value):
    return tuple(map(type, value)) if isinstance(value, list) else type(value)


def _placeholders(values):
    # Whole numbers stay within the range of the smallest integer column: Django finds nothing,
    # without asking the database, for a number its column cannot hold.
    count = sum(len(value) if isinstance(value, list) else 1 for value in values.values())
    numbers = iter(random.sample(range(20_011, 32_749), count))

    def placeholder(name, value):
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"{name}: only whole numbers, strings and lists of them can be passed to a compiled query.")
        return next(numbers) if isinstance(value, int) else f"zmvalue{name}{secrets.token_hex(8)}"

    return {
        name: [placeholder(name, one) for one in value] if isinstance(value, list) else placeholder(name, value)
        for name, value in values.items()
    }


def keep_prefetched(instance, relation, objects):
    """Leave `objects` on `instance` as prefetch_related_objects([instance], relation) does: the
    relation's manager then answers all() with them, with no query, and objects of a reverse
    foreign key point back at `instance` (a rendition's URL reads its image)."""
    objects = list(objects)
    link = instance._meta.get_field(relation)
    if link.one_to_many:
        for obj in objects:
            setattr(obj, link.field.name, instance)
    # The relation's own queryset, as Django's prefetch keeps it: filtering it further (as Wagtail
    # does for renditions it did not find) must still ask for this instance's objects only.
    queryset = getattr(instance, relation).get_queryset()
    queryset._result_cache, queryset._prefetch_done = objects, True
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[relation] = queryset
