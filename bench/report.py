"""docs/performance.md from a benchmark run's results (var/bench/results.json).

python -m bench.report [RESULTS.json] [OUTPUT.md]   write the page again from saved results
"""

import json
import sys
from pathlib import Path

NOTES = Path(__file__).resolve().parent / "notes.md"

CASE_NAMES = {
    "home": "Home page",
    "listing": "Listing (condition)",
    "post_0": "Post, 0 comments",
    "post_20": "Post, 20 comments",
    "post_200": "Post, 200 comments",
    "post_1000": "Post, 1,000 comments",
    "post_200_reader": "Post, 200 comments, signed-in reader",
    "search": "Search",
    "feed": "RSS feed",
    "moderation": "Moderation: Pending list",
    "comment_post": "Comment POST",
    "static_nginx": "Static file from nginx (ceiling)",
}
SERVER_NAMES = {"cold": "cold", "configured": "as configured", "nginx": "nginx"}


def ms(microseconds):
    return microseconds / 1000


def find(data, case, server, concurrency):
    for row in data["results"]:
        if (row["case"], row["server"], row["concurrency"]) == (case, server, concurrency):
            return row
    return None


def at_least(measured, target, unit):
    if measured is None:
        return "not measured", None
    text = f"{measured:,.1f} {unit}"
    if measured >= target:
        return text, "met"
    factor = target / measured
    digits = 2 if factor < 1.1 else 1  # near the budget one decimal would read "needs 1.0×"
    return (
        text,
        f"**missed by {(target - measured) / target:.0%}**: needs {factor:.{digits}f}× the throughput",
    )


def at_most(measured, target, unit):
    if measured is None:
        return "not measured", None
    text = f"{measured:,.1f} {unit}"
    if measured <= target:
        return text, "met"
    return text, f"**missed**: {measured / target:.1f}× the budget ({measured - target:,.1f} {unit} over)"


def budgets(data):
    high = data["concurrency"]
    rows = []

    def row(budget, target, measured_and_verdict, where):
        measured, verdict = measured_and_verdict
        rows.append((budget, target, measured, verdict or "not measured", where))

    def rate(case, server, concurrency=high):
        found = find(data, case, server, concurrency)
        return found["req_per_s"] if found else None

    def latency(case, server, percentile, concurrency=1):
        found = find(data, case, server, concurrency)
        return ms(found[f"{percentile}_us"]) if found else None

    row(
        "Post, 200 comments, cold: throughput",
        "≥ 100 req/s",
        at_least(rate("post_200", "cold"), 100, "req/s"),
        f"cold, c={high}",
    )
    row(
        "Post, 200 comments, cold: median latency",
        "p50 ≤ 30 ms",
        at_most(latency("post_200", "cold", "p50"), 30, "ms"),
        "cold, c=1",
    )
    row(
        "Post, 200 comments, fragments cached, page cache missing (signed-in reader)",
        "≥ 300 req/s",
        at_least(rate("post_200_reader", "configured"), 300, "req/s"),
        f"as configured, c={high}",
    )
    row("Home page, cold", "≥ 300 req/s", at_least(rate("home", "cold"), 300, "req/s"), f"cold, c={high}")
    row("Post, 0 comments, cold", "≥ 250 req/s", at_least(rate("post_0", "cold"), 250, "req/s"), f"cold, c={high}")
    row(
        "Cached post page (anonymous reader)",
        "≥ 2,000 req/s",
        at_least(rate("post_200", "configured"), 2000, "req/s"),
        f"as configured, c={high}",
    )
    post_queries = {
        key: value["queries"]
        for key, value in data["queries"].items()
        if key.startswith("post_") and value["status"] == 200
    }
    if post_queries:
        worst = max(post_queries.values())
        constant = _constant_per_reader(post_queries)
        problems = []
        if worst > 10:
            problems.append(f"up to {worst} queries, {worst / 10:.1f}× the budget")
        if not constant:
            problems.append("the count grows with the number of comments")
        anonymous = sorted({v for k, v in post_queries.items() if not k.endswith("_reader")})
        signed_in = sorted({v for k, v in post_queries.items() if k.endswith("_reader")})
        rows.append(
            (
                "Queries per post page, 0 to 1,000 comments, anonymous and signed-in",
                "≤ 10, constant",
                f"anonymous {'/'.join(map(str, anonymous))}, signed-in {'/'.join(map(str, signed_in))}",
                "**missed**: " + "; ".join(problems) if problems else "met",
                "test client, cold",
            )
        )
    row(
        f"Search over {data['posts']:,} posts",
        "p95 ≤ 100 ms",
        at_most(latency("search", "cold", "p95"), 100, "ms"),
        "cold, c=1",
    )
    posts = find(data, "comment_post", "configured", high)
    row(
        f"Comment POST, {data['post_seconds']} s",
        "≥ 150 accepted/s",
        at_least(posts["accepted_per_s"] if posts else None, 150, "accepted/s"),
        f"as configured, c={high}",
    )
    check = data["comment_posts"]
    rows.append(
        (
            "Every successful comment POST matches exactly one stored row",
            "all",
            f"{check['successes']:,} redirects to a receipt, each naming its own stored row; "
            f"{check['stored_without_answer']} rows of requests in flight when wrk stopped",
            "met" if check["ok"] else "**missed**",
            "receipt token ↔ row",
        )
    )
    row(
        f"Moderation Pending list, {data['total_comments']:,} comments",
        "p95 ≤ 300 ms",
        at_most(latency("moderation", "cold", "p95"), 300, "ms"),
        "cold, c=1",
    )
    return rows


def _constant_per_reader(post_queries):
    """For each kind of reader, the same count for 20, 200 and 1,000 comments, and no more for 0.

    A post with no comments skips reading the (empty) list, so it may cost fewer queries; what
    the budget rules out is a count that grows with the comments.
    """
    for signed_in in (False, True):
        counts = {
            key.removesuffix("_reader"): value
            for key, value in post_queries.items()
            if key.endswith("_reader") == signed_in
        }
        with_comments = {value for key, value in counts.items() if key != "post_0"}
        if len(with_comments) > 1:
            return False
        if with_comments and counts.get("post_0", 0) > min(with_comments):
            return False
    return True


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def query_key(row):
    if row["case"] == "static_nginx":
        return None
    return row["case"]


def measurements(data):
    rows = []
    for row in data["results"]:
        errors = sum(row[key] for key in ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts"))
        queries = data["queries"].get(query_key(row) or "", {})
        if row["case"] == "comment_post":
            rate = f"{row['req_per_s']:,.1f} ({row['accepted_per_s']:,.1f} accepted)"
            errors_text = ", ".join(f"{status}: {count}" for status, count in sorted(row["statuses"].items()))
        else:
            rate = f"{row['req_per_s']:,.1f}"
            errors_text = str(errors) if errors else "0"
        rows.append(
            (
                CASE_NAMES.get(row["case"], row["case"]),
                SERVER_NAMES[row["server"]],
                row["concurrency"],
                rate,
                f"{ms(row['p50_us']):,.1f}",
                f"{ms(row['p95_us']):,.1f}",
                f"{ms(row['p99_us']):,.1f}",
                errors_text,
                f"{row['bytes'] / row['requests']:,.0f}" if row["requests"] else "–",
                _cpu(row, "cpu_ms_per_request"),
                _cpu(row, "db_cpu_ms_per_request"),
                queries.get("queries", "–"),
                f"{row['gauge_ms']:.2f}" if "gauge_ms" in row else "–",
            )
        )
    return rows


def _cpu(row, key):
    value = row.get(key)
    if value is None:
        return "–"
    return f"{value:,.2f}" if value < 1 else f"{value:,.1f}"


def queries_table(data):
    found = data["queries"]
    rows = []
    for case in ("home", "listing", "post_0", "post_20", "post_200", "post_1000", "search", "feed", "moderation"):
        anonymous = found.get(case, {})
        reader = found.get(f"{case}_reader", {})
        rows.append(
            (
                CASE_NAMES[case],
                anonymous.get("queries", "–") if case != "moderation" else "–",
                reader.get("queries", "–") if case != "moderation" else f"{anonymous.get('queries', '–')} (admin)",
                f"{anonymous.get('bytes', 0):,}",
            )
        )
    post = found.get("comment_post", {})
    rows.append((CASE_NAMES["comment_post"], post.get("queries", "–"), "–", f"{post.get('bytes', 0):,} (redirect)"))
    return rows


def render(data):
    machine = data["machine"]
    quick = data["profile"] == "quick"
    parts = [
        "# Performance",
        "",
        f"Measured by `bench/run{' --quick' if quick else ''}` on {data['date']}: "
        f"{data['posts']:,} posts and {data['total_comments']:,} comments, "
        f"{data['seconds']} s per measurement, concurrency 1 and {data['concurrency']}. "
        f"The whole run took {data['elapsed_s'] // 60} min {data['elapsed_s'] % 60} s. "
        "This page is written by the benchmark: run it again rather than editing the figures; "
        "the notes at the end come from `bench/notes.md`.",
    ]
    if quick:
        parts += [
            "",
            "> **Quick run**: smaller data and short measurements. The figures are indicative only; "
            "the budgets are set for the full run (`bench/run`).",
        ]
    parts += [
        "",
        "## Running it",
        "",
        "```sh",
        "bench/run           # the full run: 10,000 posts, 100,000 comments; under 10 minutes",
        "bench/run --quick   # a smoke run on smaller data, a few minutes",
        "bench/run --fresh   # drop the benchmark database and generate the data again",
        "bench/run --help    # ports, lengths, concurrency, the moderation list's address",
        "```",
        "",
        "It needs root for `apt-get` only when wrk or nginx is missing, and a PostgreSQL server "
        "(the local one unless `--database-url` says otherwise). The data is generated once "
        "(about 2.5 minutes for the full size, inside the 10) into its own database, `zebramedic_bench` "
        "(`zebramedic_bench_quick` for `--quick`), and reused by later runs. It is not part of CI. "
        "Raw figures of the last run: `var/bench/results.json`.",
        "",
        "## Budgets (issue 8)",
        "",
        table(("budget", "target", "measured", "verdict", "where"), budgets(data)),
        "",
        "## Measurements",
        "",
        "*cold*: no page cache and no fragment cache, every page rendered in full from the database; "
        "*as configured*: the site's own caches. Latencies in ms, as wrk sees them on the same machine. "
        "*bytes/response* includes headers. *app CPU* and *PostgreSQL CPU* are the CPU time of "
        "gunicorn's (or nginx's) processes and of the database's backends per request: they change less "
        "than req/s and latency with what else runs beside the site, but not less with the speed of the "
        "machine itself. Two cores give at most "
        "2,000 ms of CPU a second, shared with wrk: 2,000 / (app + PostgreSQL CPU ms) is a ceiling on "
        "req/s for a case. *gauge ms*: the fixed pure-Python work of `bench/gauge.py`, timed just before "
        "the row's measurement; where it is higher than in other rows, the machine itself was slower "
        "then, and so is every figure of the row.",
        "",
        table(
            (
                "case",
                "server",
                "concurrency",
                "req/s",
                "p50",
                "p95",
                "p99",
                "errors",
                "bytes/response",
                "app CPU ms/req",
                "PostgreSQL CPU ms/req",
                "queries",
                "gauge ms",
            ),
            measurements(data),
        ),
        "",
        "## Queries per request",
        "",
        "Counted with Django's `CaptureQueriesContext` around the test client, against the same database, "
        "with the cold server's settings; the second of two identical requests (the first pays "
        "per-process look-ups a running worker has already made). *Signed-in reader*: a reader "
        "without staff rights.",
        "",
        table(("case", "anonymous", "signed-in reader", "body bytes (anonymous)"), queries_table(data)),
        "",
        "## Comment POSTs",
        "",
        _comment_posts_text(data),
        "",
        "## Machine",
        "",
        table(
            ("", ""),
            [
                ("CPU", f"{machine['cpu']}, {machine['cores']} cores"),
                ("Memory", f"{machine['memory_gib']} GiB"),
                ("System", f"{machine['os']}, Linux {machine['kernel']}"),
                ("Load average before / after", f"{_load(data['load_before'])} / {_load(data['load_after'])}"),
                ("Python", _python_text(machine)),
                (
                    "Django / Wagtail / django-comments-xtd",
                    f"{machine['django']} / {machine['wagtail']} / {machine['django_comments_xtd']}",
                ),
                ("PostgreSQL", machine["postgresql"]),
                ("gunicorn", f"{machine['gunicorn']}, {machine['workers']} sync workers (2 × cores + 1)"),
                ("wrk / nginx", f"{machine['wrk']} / {machine['nginx']}"),
            ],
        ),
        "",
        "## How it measures",
        "",
        METHOD,
    ]
    if NOTES.exists():
        parts += ["", "## Notes", "", NOTES.read_text().strip()]
    return "\n".join(parts) + "\n"


def _python_text(machine):
    """The interpreter and the gauge of bench/gauge.py (results of runs before it have none)."""
    text = machine["python"]
    if "gauge_ms_before" in machine:
        text += (
            f"; the fixed pure-Python work of `bench/gauge.py`: {machine['gauge_ms_before']:.2f} ms before the "
            f"measurements, {machine['gauge_ms_after']:.2f} ms after (less is a faster machine)"
        )
    return text


def _load(values):
    return " ".join(f"{value:.2f}" for value in values)


def _comment_posts_text(data):
    check = data["comment_posts"]
    rows = [row for row in data["results"] if row["case"] == "comment_post"]
    lines = [
        "A signed, valid comment form (security hash and timestamp made by the site's own form, a CSRF "
        "cookie and token) is posted by a wrk Lua script with a new text each time, as a guest: each "
        "accepted comment is stored as awaiting email confirmation and its confirmation email queued. "
        "The per-address rate limits are raised for the run through `COMMENTS_PER_MINUTE` and "
        "`COMMENTS_PER_HOUR`.",
        "",
    ]
    for row in rows:
        lines.append(
            f"- concurrency {row['concurrency']}: {row['requests']:,} POSTs in {row['duration_us'] / 1e6:.1f} s, "
            f"answers {', '.join(f'{status} × {count:,}' for status, count in sorted(row['statuses'].items()))}."
        )
    lines += [
        "",
        f"Afterwards, the receipt address of every success (a signed token of the comment's id) was read "
        f"back: {check['successes']:,} successes (302 to a receipt), {check['distinct']:,} distinct comments "
        f"named, {check['named_and_stored']:,} of them stored; {check['stored']:,} rows stored by the run in "
        f"all. The {check['stored_without_answer']} rows no success names are requests still in flight when "
        f"wrk stopped: served and stored, their answers never read (at most one per connection, "
        f"{check['in_flight_limit']} here). "
        + ("Every success matches exactly one stored row." if check["ok"] else "**They do not match.**")
        + " The run's comments are deleted afterwards, so the data stays the same from run to run.",
    ]
    return "\n".join(lines)


METHOD = """\
- **Data** (`bench/generate.py`): the demo site, then four posts with exactly 0, 20, 200 and 1,000
  approved comments, then the regular posts, each a copy of a demo post's body (headings, key points,
  research findings with citations, callouts, images, quotes) and references, plus a paragraph of
  shuffled words so that search ranks differ. Comments are threaded up to the site's default depth
  (levels 0-2, about two replies per top-level comment), a fifth by signed-in readers, a quarter of
  the approved ones liked; on the regular posts 10 % await moderation and a few are unconfirmed, spam
  or trash. Rows are written with multi-row INSERTs, table by table (Wagtail's page tree paths and
  xtd's thread order computed in memory), and every regular post is in the search index.
- **Servers**: gunicorn with `zebramedic.settings.production`, DEBUG off, 2 × cores + 1 sync workers
  on 127.0.0.1, a persistent database connection per worker (`CONN_MAX_AGE` 60), static files by
  WhiteNoise after `collectstatic`, renditions made beforehand by `manage.py generate_renditions`.
  HTTPS redirect and HSTS are switched off through their environment variables, as the loopback
  speaks plain HTTP. The *cold* server runs `bench/settings_cold.py`: the same settings with the
  page cache and the fragment caches off; sessions, the site settings, Wagtail's site root paths,
  the site and its root page, the listings' post counts and the moderation counts stay on Redis
  as in production. A connection prepares the queries it keeps running (server-side binding, as
  configured). Sync workers close the connection after each answer;
  nginx keeps it open, as it would in front of the site.
- **Load**: wrk on the same machine, 1 connection (one thread) and the higher concurrency (two
  threads), each address warmed up first. The pages of a post show the first page of comments
  (20 top-level comments and their replies). Signed-in cases send a session cookie made for the
  run (a reader without staff rights; a superuser for the moderation list).
- **Budgets** are read from the row named in the table's last column. Where one is missed, the
  verdict says by how much."""


def write(data, path):
    path.write_text(render(data))


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "var" / "bench" / "results.json"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "docs" / "performance.md"
    write(json.loads(source.read_text()), target)
