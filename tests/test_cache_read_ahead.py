"""Reads named ahead share one round trip, and never serve a value this process has since changed."""

import threading
import uuid

import pytest
from django.core.cache import caches

from zebramedic import cache_read_ahead
from zebramedic.cache_read_ahead import LocMemCache
from zebramedic.redis_cache import RedisCache


def redis_backend():
    return RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


def locmem_backend():
    return LocMemCache(f"read-ahead-{uuid.uuid4().hex}", {})


@pytest.fixture(params=[redis_backend, locmem_backend], ids=["redis", "locmem"])
def backend(request):
    return request.param()


@pytest.fixture
def scope():
    """A read-ahead scope, as ReadAheadMiddleware opens for each request."""
    token = cache_read_ahead._fetched.set({})
    yield
    cache_read_ahead._fetched.reset(token)


def elsewhere(write):
    """Run `write` as another process would: outside this request's read-ahead scope (a new thread
    starts with none), on the same cache."""
    thread = threading.Thread(target=write)
    thread.start()
    thread.join()


def test_reads_named_ahead_take_one_round_trip_in_all(scope, redis_round_trips):
    cache = redis_backend()
    cache.set_many({"site": "one", "generation": 7})
    cache.set("paths", ["/"], version=2)
    redis_round_trips.clear()
    cache.read_ahead(["site", "generation", ("paths", 2), "missing"])
    assert len(redis_round_trips) == 1
    assert (cache.get("site"), cache.get("generation"), cache.get("paths", version=2)) == ("one", 7, ["/"])
    assert cache.get("missing", "default") == "default"
    assert len(redis_round_trips) == 1  # every one of those answered from the read-ahead


def test_a_value_read_ahead_answers_only_the_first_read(backend, scope):
    backend.set("generation", 1)
    backend.read_ahead(["generation"])
    elsewhere(lambda: backend.set("generation", 2))
    assert backend.get("generation") == 1  # as if read when it was named
    assert backend.get("generation") == 2  # any later read asks the cache, as without read-ahead


def add_after_another_process_deleted(cache):
    elsewhere(lambda: cache.delete("key"))
    cache.add("key", "new")


@pytest.mark.parametrize(
    ("write", "now"),
    [
        (lambda cache: cache.set("key", "new"), "new"),
        (add_after_another_process_deleted, "new"),
        (lambda cache: cache.set_many({"key": "new"}), "new"),
        (lambda cache: cache.delete("key"), None),
        (lambda cache: cache.delete_many(["key"]), None),
        (lambda cache: cache.clear(), None),
    ],
    ids=["set", "add", "set_many", "delete", "delete_many", "clear"],
)
def test_a_write_by_this_process_drops_what_was_read_ahead(backend, scope, write, now):
    backend.set("key", "old")
    backend.read_ahead(["key"])
    write(backend)
    assert backend.get("key") == now


def test_a_counter_moved_here_is_read_afresh(backend, scope):
    backend.set("count", 1)
    backend.read_ahead(["count"])
    assert backend.incr("count") == 2
    assert backend.get("count") == 2


def test_a_counter_moved_in_one_trip_is_read_afresh(scope):
    cache = redis_backend()
    cache.count_up("generation")
    cache.read_ahead(["generation"])
    cache.count_up_many([("generation", None)])
    assert cache.get("generation") == 2


def test_get_many_takes_what_was_read_ahead_and_asks_for_the_rest(backend, scope):
    backend.set_many({"a": 1, "b": 2})
    backend.read_ahead(["a", "gone"])
    elsewhere(lambda: backend.set_many({"a": 10, "gone": "back"}))
    assert backend.get_many(["a", "b", "gone"]) == {"a": 1, "b": 2}


def test_outside_a_request_nothing_is_read_ahead(redis_round_trips):
    cache = redis_backend()
    cache.set("key", "old")
    redis_round_trips.clear()
    cache.read_ahead(["key"])
    assert redis_round_trips == []
    elsewhere(lambda: cache.set("key", "new"))
    assert cache.get("key") == "new"


def test_a_value_of_another_version_is_its_own_key(backend, scope):
    backend.set("key", "first", version=1)
    backend.set("key", "second", version=2)
    backend.read_ahead([("key", 2)])
    assert backend.get("key") == "first"
    assert backend.get("key", version=2) == "second"


def test_the_middleware_opens_a_scope_for_each_request_and_closes_it(on_redis, rf):
    cache = caches["default"]
    cache.set("key", "old")

    def view(request):
        cache_read_ahead.read_ahead(["key"])
        elsewhere(lambda: cache.set("key", "new"))
        return cache.get("key")

    middleware = cache_read_ahead.ReadAheadMiddleware(view)
    assert middleware(rf.get("/")) == "old"
    assert cache_read_ahead._fetched.get() is None
    elsewhere(lambda: cache.set("key", "newer"))
    assert cache.get("key") == "newer"
