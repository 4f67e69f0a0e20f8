"""The Redis cache backend: one redis-py client per connection pool, and a working cache."""

import uuid

import pytest

from zebramedic.redis_cache import RedisCache


def backend():
    return RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


def test_every_call_uses_the_same_client():
    # Django's own backend builds a redis.Redis per call, about 0.5 ms of CPU each.
    client = backend()._cache
    assert client.get_client("a") is client.get_client("b", write=True)


def test_reads_and_writes_through_redis():
    cache = backend()
    cache.set("answer", {"page": b"\x00html"}, timeout=30)
    assert cache.get_many(["answer", "missing"]) == {"answer": {"page": b"\x00html"}}
    assert cache.add("answer-count", 1)
    assert cache.incr("answer-count") == 2
    cache.delete_many(["answer", "answer-count"])
    assert cache.get("answer") is None


def test_a_counter_starts_counts_and_expires_in_one_round_trip(redis_round_trips):
    cache = backend()
    cache.get("warm-up")  # a new connection says hello first
    sends = redis_round_trips
    sends.clear()
    assert cache.count_up("window", timeout=60) == 1
    assert len(sends) == 1
    assert cache.count_up("window", timeout=60) == 2
    assert cache.get("window") == 2  # a number that Django's get() reads back
    client = cache._cache.get_client()
    key = cache.make_key("window")
    assert 0 < client.ttl(key) <= 60  # the second count kept the first one's expiry
    client.delete(key)  # as if expired
    assert cache.count_up("window", timeout=60) == 1
    assert cache.count_up("generation") == 1
    assert client.ttl(cache.make_key("generation")) == -1  # kept until evicted
    cache.set("preexisting", 7, timeout=None)  # counters started by add() before
    assert cache.count_up("preexisting") == 8
    cache.delete_many(["window", "generation", "preexisting"])


def test_several_counters_move_in_one_round_trip(redis_round_trips):
    cache = backend()
    cache.get("warm-up")
    cache.set("hourly", 4, timeout=None)
    sends = redis_round_trips
    sends.clear()
    # Mixed: with and without an expiry, new and existing, so each reply must be matched to its key.
    counted = cache.count_up_many([("minute", 60), ("page", None), ("hourly", 3600), ("minute", 60)])
    assert len(sends) == 1
    assert counted == [1, 1, 5, 2]
    client = cache._cache.get_client()
    assert 0 < client.ttl(cache.make_key("minute")) <= 60
    assert client.ttl(cache.make_key("page")) == -1
    assert cache.count_up_many([]) == []
    cache.delete_many(["minute", "page", "hourly"])


@pytest.mark.parametrize("redis", [True, False])
def test_count_up_works_on_any_backend(request, redis):
    from django.core.cache import cache

    from zebramedic.redis_cache import count_up, count_up_many

    if redis:
        request.getfixturevalue("on_redis")
    assert [count_up("hits", timeout=30) for _ in range(3)] == [1, 2, 3]
    assert cache.get("hits") == 3
    assert count_up_many([("hits", 30), ("other", None)]) == [4, 1]
    cache.delete_many(["hits", "other"])
