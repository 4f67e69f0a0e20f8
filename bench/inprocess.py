"""Per-request cost of pages, measured inside one process: no wrk, no gunicorn.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zebramedic_bench \\
        .venv/bin/python -m bench.inprocess [--requests 30] [--only post_0,search] [--profile post_0]

Runs with bench/settings_cold.py (production settings without the page cache and the fragment
caches, the rest on the benchmark's Redis), so each request is cold as in the benchmark's cold
server; post_200_reader is the signed-in reader's page of the configured server, with the
fragment caches on (a signed-in reader never gets the page cache). On a machine shared with
other work, wall-clock rates are noisy; the figures printed here are less so: the CPU time of
this process per request, and the time PostgreSQL took to answer each request's queries (as
seen by the client), with the query count.
--explain prints, per case, the time PostgreSQL's executor spends on the SELECTs of
one request (EXPLAIN ANALYZE of each, summed) and the slowest of them: a figure that owes nothing
to round trips. --profile prints a cProfile summary of one case. --instructions prints, per case,
the machine instructions one request executes (valgrind's callgrind counts them: Debian's
valgrind package), the same count on every run of the same code on the same data, whatever else
the machine is doing; it is the measure to compare two commits with on a machine whose speed
varies. It leaves out the kernel's work (sockets, the database and Redis themselves).
"""

import argparse
import cProfile
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ("home", "listing", "post_0", "post_200", "post_1000", "search", "feed", "post_200_reader")
# Measured as the configured server serves them: fragment caches on, a signed-in reader (who never
# gets the page cache), so the budget of 300 req/s can be followed between commits too.
CONFIGURED_CASES = {"post_200_reader": "post_200"}


def setup():
    work = ROOT / "var" / "bench-inprocess"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_cold")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/7")  # the benchmark's own database
    os.environ.setdefault("SECRET_KEY", "in-process-benchmark-only")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
    os.environ.setdefault("EMAIL_URL", "dummy://")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("STATIC_ROOT", str(work / "static"))
    import django

    django.setup()
    from django.core.management import call_command

    # Production's static storage needs the manifest of collected files.
    if not (work / "static" / "staticfiles.json").exists():
        call_command("collectstatic", "--noinput", verbosity=0)


class QueryTimer:
    """Counts the queries of a request and the time spent waiting for their answers."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def urls():
    from urllib.parse import urlencode

    from blog.models import BlogIndexPage, BlogPage

    from .generate import SPECIAL_COUNTS, special_slug
    from .probe import SEARCH_QUERY

    index = BlogIndexPage.objects.filter(depth=2).first()
    posts = {count: BlogPage.objects.get(slug=special_slug(count)) for count in SPECIAL_COUNTS}
    addresses = {
        "home": index.url,
        "listing": index.url + index.reverse_subpage("condition", args=["fibromialgia"]),
        **{f"post_{count}": posts[count].url for count in SPECIAL_COUNTS},
        "search": "/busca/?" + urlencode({"q": SEARCH_QUERY}),
        "feed": "/feeds/rss/",
    }
    return addresses | {case: addresses[cold] for case, cold in CONFIGURED_CASES.items()}


def client_for(case):
    """An anonymous client for cold cases; for configured ones, the benchmark's signed-in reader."""
    from django.test import Client

    client = Client()
    if case in CONFIGURED_CASES:
        from .probe import users

        _admin, reader = users()
        client.force_login(reader)
    return client


def configured(case):
    """Settings as the case's server has them: the site's own fragment cache for configured cases."""
    from contextlib import nullcontext

    from django.conf import settings
    from django.test import override_settings

    if case not in CONFIGURED_CASES:
        return nullcontext()
    from zebramedic.settings import base

    assert settings.FRAGMENT_CACHE_SECONDS == 0  # the cold settings, which this case turns back on
    return override_settings(FRAGMENT_CACHE_SECONDS=base.FRAGMENT_CACHE_SECONDS)


def measure(client, url, requests):
    from django.db import connection

    client.get(url)  # per-process look-ups (content types, site root paths) are paid once
    walls, cpus, db = [], [], []
    timer = QueryTimer()
    for _ in range(requests):
        timer.count, timer.seconds = 0, 0.0
        with connection.execute_wrapper(timer):
            wall, cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        db.append(timer.seconds)
        assert response.status_code == 200, (url, response.status_code)
    return {
        "wall_ms": statistics.median(walls) * 1000,
        "app_cpu_ms": statistics.median(cpus) * 1000,
        "db_ms": statistics.median(db) * 1000,
        "queries": timer.count,
    }


def explain(client, url):
    """(executor ms of every SELECT of one request, summed; the slowest query's ms and its start)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    total, slowest = 0.0, (0.0, "")
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            if not query["sql"].lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0]
            plan = plan[0] if isinstance(plan, list) else plan
            total += plan["Execution Time"]
            slowest = max(slowest, (plan["Execution Time"], query["sql"][:60]))
    return total, slowest


def instructions(case, requests):
    """Machine instructions per request of `case`: this module run again under callgrind, which
    counts only while counted() has its instrumentation on."""
    with tempfile.TemporaryDirectory() as work:
        command = [
            *("valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={work}/callgrind.out"),
            *(sys.executable, "-m", "bench.inprocess", "--counted", case, "--requests", str(requests)),
        ]
        finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected : (\d+)", finished.stderr)
    if finished.returncode or not collected:
        raise RuntimeError(f"callgrind did not count {case}:\n{finished.stderr[-2000:]}")
    return int(collected.group(1)) / requests


def counted(case, requests):
    """The requests instructions() counts, after the ones that fill per-process look-ups."""
    url, client = urls()[case], client_for(case)
    with configured(case):
        for _ in range(3):
            client.get(url)
        callgrind = ["callgrind_control", "--instr=on", str(os.getpid())]
        subprocess.run(callgrind, check=True, capture_output=True)
        statuses = [client.get(url).status_code for _ in range(requests)]
        subprocess.run([*callgrind[:1], "--instr=off", *callgrind[2:]], check=True, capture_output=True)
    assert set(statuses) == {200}, (url, statuses)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--only", help="comma-separated cases: " + ", ".join(CASES))
    parser.add_argument("--profile", help="print a cProfile summary of this case")
    parser.add_argument("--explain", action="store_true", help="PostgreSQL executor time per request instead")
    parser.add_argument(
        "--instructions", action="store_true", help="machine instructions per request instead (valgrind)"
    )
    parser.add_argument("--counted", help=argparse.SUPPRESS)  # the run under valgrind of --instructions
    args = parser.parse_args(argv)
    setup()
    if args.counted:
        counted(args.counted, args.requests)
        return
    addresses = urls()
    if args.profile:
        url, client = addresses[args.profile], client_for(args.profile)
        with configured(args.profile):
            client.get(url)
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.requests):
                client.get(url)
            profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(45)
        return
    cases = args.only.split(",") if args.only else CASES
    out = sys.stdout.write
    if args.instructions:
        out(f"{'case':<16}{'M instructions':>15}   per request, {args.requests} requests counted\n")
        for case in cases:
            out(f"{case:<16}{instructions(case, args.requests) / 1e6:>15.2f}\n")
        return
    if args.explain:
        out(f"{'case':<16}{'executor ms':>12}   slowest query\n")
        for case in cases:
            with configured(case):
                total, (ms, sql) = explain(client_for(case), addresses[case])
            out(f"{case:<16}{total:>12.1f}   {ms:.1f} ms: {sql}\n")
        return
    out(f"{'case':<16}{'wall ms':>10}{'app CPU ms':>12}{'DB wait ms':>12}{'queries':>9}   medians of {args.requests}\n")
    for case in cases:
        with configured(case):
            result = measure(client_for(case), addresses[case], args.requests)
        out(
            f"{case:<16}{result['wall_ms']:>10.1f}{result['app_cpu_ms']:>12.1f}{result['db_ms']:>12.1f}"
            f"{result['queries']:>9}\n"
        )


if __name__ == "__main__":
    main()
