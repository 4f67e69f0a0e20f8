"""The benchmark report's verdict on queries per post page: a count that grows with the comments
misses the budget; an empty post skipping its (empty) list does not."""

from bench.report import _constant_per_reader, at_least


def counts(post_0, post_20, post_200, post_1000, reader_offset=2):
    values = {"post_0": post_0, "post_20": post_20, "post_200": post_200, "post_1000": post_1000}
    return values | {f"{key}_reader": value + reader_offset for key, value in values.items()}


def test_the_same_count_for_every_thread_is_constant():
    assert _constant_per_reader(counts(7, 7, 7, 7))


def test_one_query_fewer_without_comments_is_still_constant():
    assert _constant_per_reader(counts(6, 7, 7, 7))


def test_a_count_that_grows_with_the_comments_is_not():
    assert not _constant_per_reader(counts(7, 7, 8, 9))
    assert not _constant_per_reader(counts(8, 7, 7, 7))
    readers_grow = counts(7, 7, 7, 7) | {"post_1000_reader": 12}
    assert not _constant_per_reader(readers_grow)


def test_a_throughput_just_short_of_its_budget_says_by_how_much():
    assert at_least(2100, 2000, "req/s") == ("2,100.0 req/s", "met")
    assert at_least(1913.8, 2000, "req/s")[1] == "**missed by 4%**: needs 1.05× the throughput"
    assert at_least(28.1, 100, "req/s")[1] == "**missed by 72%**: needs 3.6× the throughput"


def test_the_machine_table_gives_the_python_gauge_when_the_run_measured_it():
    from bench.gauge import workload_ms
    from bench.report import _python_text

    gauged = {"python": "3.13.0", "gauge_ms_before": workload_ms(), "gauge_ms_after": 2.0}
    assert _python_text(gauged).startswith("3.13.0; the fixed pure-Python work")
    assert "2.00 ms after" in _python_text(gauged)
    assert _python_text({"python": "3.13.0"}) == "3.13.0"  # results written before the gauge existed


def test_each_row_gives_the_machine_speed_measured_just_before_it():
    from bench.report import measurements

    row = {
        "case": "post_200",
        "server": "cold",
        "concurrency": 16,
        "req_per_s": 70.1,
        "p50_us": 214_600,
        "p95_us": 260_000,
        "p99_us": 283_200,
        "requests": 500,
        "bytes": 500 * 109_700,
        **dict.fromkeys(("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts"), 0),
    }
    data = {"results": [row | {"gauge_ms": 1.853}, row], "queries": {"post_200": {"queries": 9}}}
    gauged, before_the_gauge = measurements(data)
    assert gauged[-1] == "1.85" and gauged[-2] == 9
    assert before_the_gauge[-1] == "–"  # results written before rows had a gauge
