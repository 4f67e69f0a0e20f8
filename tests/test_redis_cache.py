"""The Redis cache backend: one redis-py client per connection pool, and a working cache."""

import uuid

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
