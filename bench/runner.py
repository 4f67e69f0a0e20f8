"""The benchmark run behind bench/run: data, servers, wrk, query counts, and docs/performance.md.

Two gunicorn servers run one after the other on the same data, both with production settings,
DEBUG off, 2 x cores + 1 sync workers on 127.0.0.1:
- cold: no page cache and no fragment cache (bench/settings_cold.py), the rest as production has
  it; the budgets for cold pages, search, the feed and moderation are read here;
- as configured: the site's own caches (local memory unless the settings say otherwise); the
  budgets for a cached page, for a signed-in reader and for comment POSTs are read here.
nginx serves one static file in the same run, as the ceiling of this machine.
"""

import argparse
import datetime
import json
import os
import platform
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from . import gauge, report
from .loopback import production_env, stop_server, worker_pids

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
SCRIPTS = Path(__file__).resolve().parent / "wrk"
CORES = os.cpu_count() or 1
WORKERS = 2 * CORES + 1
HOST = "127.0.0.1"

PROFILES = {
    # Budgets are set for 10,000 posts and 100,000 comments.
    "full": {"posts": 10_000, "total_comments": 100_000, "seconds": 6, "post_seconds": 60, "warmup": 2 * WORKERS},
    # A smoke run: smaller data and short measurements; the figures are indicative only.
    "quick": {"posts": 1_000, "total_comments": 10_000, "seconds": 3, "post_seconds": 10, "warmup": 2 * WORKERS},
}
# (case, address in the plan, who asks): measured on the cold server.
COLD_CASES = [
    ("home", "home", None),
    ("listing", "listing", None),
    ("post_0", "post_0", None),
    ("post_20", "post_20", None),
    ("post_200", "post_200", None),
    ("post_1000", "post_1000", None),
    ("post_200_reader", "post_200", "reader"),
    ("search", "search", None),
    ("feed", "feed", None),
    ("moderation", "moderation", "admin"),
]
# Measured on the server as configured (its caches on): the budgets for cached pages.
CACHED_CASES = [
    ("post_200", "post_200", None),
    ("post_200_reader", "post_200", "reader"),
]


def log(message):
    sys.stdout.write(f"[{datetime.datetime.now():%H:%M:%S}] {message}\n")
    sys.stdout.flush()


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bench/run", description="Benchmark ZebraMedic; writes docs/performance.md.")
    parser.add_argument("--quick", action="store_true", help="small data and short runs (about 3 minutes)")
    parser.add_argument("--fresh", action="store_true", help="drop the benchmark database and generate it again")
    parser.add_argument("--concurrency", type=int, default=16, help="the higher concurrency (default 16)")
    parser.add_argument("--seconds", type=int, help="length of each wrk run")
    parser.add_argument("--post-seconds", type=int, help="length of the comment POST run at the higher concurrency")
    parser.add_argument("--port", type=int, default=8765, help="gunicorn's port (nginx takes the next one)")
    parser.add_argument("--database-url", help="default postgres://postgres@127.0.0.1:5432/zebramedic_bench[_quick]")
    parser.add_argument(
        "--moderation-url", help="the moderation Pending list (default /admin/comment_moderation/?status=pending)"
    )
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args(argv)
    profile = PROFILES["quick" if args.quick else "full"]
    args.profile = "quick" if args.quick else "full"
    args.posts, args.total_comments, args.warmup = profile["posts"], profile["total_comments"], profile["warmup"]
    args.seconds = args.seconds or profile["seconds"]
    args.post_seconds = args.post_seconds or profile["post_seconds"]
    database = "zebramedic_bench_quick" if args.quick else "zebramedic_bench"
    args.database_url = args.database_url or f"postgres://postgres@127.0.0.1:5432/{database}"
    return args


def site_env(args, secret_key, settings_module="zebramedic.settings.production"):
    env = production_env(
        settings_module=settings_module,
        database_url=args.database_url,
        secret_key=secret_key,
        allowed_hosts=f"{HOST},localhost,testserver",
        work=WORK,
        # Production's shared cache: without it production keeps the page cache off.
        redis_url=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
    )
    if args.moderation_url:
        env["BENCH_MODERATION_URL"] = args.moderation_url
    return env


def flush_cache(url):
    import redis

    redis.Redis.from_url(url).flushdb()


def run(argv, env, **kwargs):
    subprocess.run(argv, env=env, cwd=ROOT, check=True, **kwargs)


def python(*argv, env):
    run([sys.executable, *argv], env)


# --- servers -------------------------------------------------------------------------------


class Server:
    """A process in its own process group, stopped by that group's id."""

    def __init__(self, name, argv, env, ready_url):
        self.name = name
        self.log_path = WORK / f"{name}.log"
        with open(self.log_path, "w") as output:
            self.process = subprocess.Popen(
                argv, env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.wait_until_ready(ready_url)

    def wait_until_ready(self, url, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} stopped at start; see {self.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{self.name} did not answer {url} within {seconds} s; see {self.log_path}")

    def cpu_by_process(self):
        """{pid: CPU seconds so far} of the server and its children (gunicorn's workers)."""
        return _cpu_of([self.process.pid, *worker_pids(self.process.pid)])

    def wait_until_idle(self, database=None, seconds=60):
        """Let the server finish what a run left queued (wrk stops; the workers go on with the
        requests already accepted) before the next run starts and is billed for it. A worker
        waiting on a slow query spends no CPU itself, hence the database backends' CPU too."""
        deadline = time.monotonic() + seconds

        def busy():
            total = sum(self.cpu_by_process().values())
            return total + (sum(database.by_process().values()) if database else 0.0)

        previous = busy()
        while time.monotonic() < deadline:
            time.sleep(0.25)
            current = busy()
            if current - previous < 0.01:
                return
            previous = current

    def stop(self):
        stop_server(self.process)


def _cpu_of(pids):
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    return found


class DatabaseCpu:
    """CPU time of the PostgreSQL backends serving the benchmark database (same machine)."""

    def __init__(self, database_url):
        import psycopg

        self.connection = psycopg.connect(database_url, autocommit=True)
        self.name = self.connection.info.dbname

    def by_process(self):
        rows = self.connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [self.name]
        ).fetchall()
        return _cpu_of([row[0] for row in rows])


def cpu_delta(before, after):
    """CPU seconds spent between two samples; processes that started in between count whole."""
    return sum(value - before.get(pid, 0.0) for pid, value in after.items())


def gunicorn(name, env, port):
    argv = [
        str(Path(sys.executable).parent / "gunicorn"),
        "zebramedic.wsgi:application",
        f"--workers={WORKERS}",
        f"--bind={HOST}:{port}",
        "--worker-class=sync",
        f"--chdir={ROOT}",
        "--timeout=60",
        "--log-level=warning",
    ]
    return Server(name, argv, env, f"http://{HOST}:{port}/")


def nginx(port, static_url):
    folder = WORK / "nginx"
    (folder / "tmp").mkdir(parents=True, exist_ok=True)
    config = folder / "nginx.conf"
    config.write_text(
        (SCRIPTS.parent / "nginx.conf.template")
        .read_text()
        .format(folder=folder, static_root=WORK / "static", host=HOST, port=port)
    )
    argv = ["nginx", "-c", str(config), "-p", str(folder), "-g", "daemon off;"]
    return Server("nginx", argv, os.environ, f"http://{HOST}:{port}{static_url}")


# --- measuring -----------------------------------------------------------------------------


def warm_up(base, plan, cases, count):
    """Every worker serves each address a few times first: per-process caches are then warm."""
    requests = [(base + plan["urls"][path], plan["cookies"].get(who)) for _case, path, who in cases]

    def fetch(item):
        url, cookie = item
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{url} answered {response.status}")

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for item in requests:
            list(pool.map(fetch, [item] * count))


def wrk(url, connections, seconds, script="get.lua", headers=(), env=None):
    argv = ["wrk", f"-t{min(connections, CORES)}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    argv += ["-s", str(SCRIPTS / script)]
    for header in headers:
        argv += ["-H", header]
    output = subprocess.run(
        [*argv, url], capture_output=True, text=True, env=env or os.environ, timeout=seconds + 120, check=True
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH-JSON "))
    figures = json.loads(line.removeprefix("BENCH-JSON "))
    figures["req_per_s"] = figures["requests"] / (figures["duration_us"] / 1e6)
    return figures


class CpuMeter:
    """CPU milliseconds per request of the server's processes and of PostgreSQL, for one run."""

    def __init__(self, server, database):
        self.server, self.database = server, database

    def __enter__(self):
        self.server.wait_until_idle(self.database)
        self.before = (self.server.cpu_by_process(), self.database.by_process() if self.database else {})
        return self

    def __exit__(self, *exc_info):
        self.server.wait_until_idle(self.database)
        self.app = cpu_delta(self.before[0], self.server.cpu_by_process())
        self.db = cpu_delta(self.before[1], self.database.by_process()) if self.database else 0.0

    def per_request(self, requests):
        if not requests:
            return {"cpu_ms_per_request": None, "db_cpu_ms_per_request": None}
        return {"cpu_ms_per_request": 1000 * self.app / requests, "db_cpu_ms_per_request": 1000 * self.db / requests}


def measure(server, base, plan, cases, levels, seconds, results, label, database=None):
    for case, path, who in cases:
        cookie = plan["cookies"].get(who)
        for connections in levels:
            headers = [f"Cookie: {cookie}"] if cookie else []
            machine_speed = gauge.workload_ms()
            with CpuMeter(server, database) as meter:
                figures = wrk(base + plan["urls"][path], connections, seconds, headers=headers)
            figures.update(
                {
                    "case": case,
                    "server": label,
                    "concurrency": connections,
                    "gauge_ms": machine_speed,
                    **meter.per_request(figures["requests"]),
                }
            )
            results.append(figures)
            log(
                f"  {label:<10} {case:<16} c={connections:<3} {figures['req_per_s']:8.1f} req/s  "
                f"p50 {figures['p50_us'] / 1000:7.1f} ms  p99 {figures['p99_us'] / 1000:7.1f} ms  "
                f"CPU/req app {figures['cpu_ms_per_request'] or 0:6.1f} ms, "
                f"db {figures['db_cpu_ms_per_request'] or 0:5.1f} ms  gauge {machine_speed:.2f} ms"
            )


def measure_comment_posts(server, base, plan, levels_seconds, results, database):
    locations = []
    for connections, seconds in levels_seconds:
        path = WORK / f"locations-c{connections}.txt"
        env = dict(os.environ)
        env.update(
            {
                "BENCH_FORM": plan["comment_form"],
                "BENCH_RUN_TAG": secrets.token_hex(4),
                "BENCH_LOCATIONS": str(path),
            }
        )
        machine_speed = gauge.workload_ms()
        with CpuMeter(server, database) as meter:
            figures = wrk(
                base + plan["urls"]["comment_post"],
                connections,
                seconds,
                script="post_comment.lua",
                headers=[f"Cookie: {plan['csrf_cookie']}"],
                env=env,
            )
        accepted = figures["statuses"].get("302", 0)
        figures.update(
            {
                "case": "comment_post",
                "server": "configured",
                "concurrency": connections,
                "accepted": accepted,
                "accepted_per_s": accepted / (figures["duration_us"] / 1e6),
                "gauge_ms": machine_speed,
                **meter.per_request(figures["requests"]),
            }
        )
        results.append(figures)
        locations.append(path)
        log(
            f"  configured comment_post     c={connections:<3} {figures['accepted_per_s']:8.1f} accepted/s  "
            f"statuses {figures['statuses']}"
        )
    combined = WORK / "locations.txt"
    combined.write_text("".join(path.read_text() for path in locations))
    return combined


# --- machine -------------------------------------------------------------------------------


def machine_info(env):
    def first(path, key):
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
        return "unknown"

    def command_version(argv):
        done = subprocess.run(argv, capture_output=True, text=True)
        return (done.stdout or done.stderr).strip().splitlines()[0].split(" Copyright")[0]

    os_name = "unknown"
    if Path("/etc/os-release").exists():
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    ask_version = "import psycopg, sys; print(psycopg.connect(sys.argv[1]).info.parameter_status('server_version'))"
    postgres = subprocess.run(
        [sys.executable, "-c", ask_version, env["DATABASE_URL"]], capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpu": first("/proc/cpuinfo", "model name"),
        "cores": CORES,
        "memory_gib": round(int(first("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024, 1),
        "os": os_name,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "django": metadata.version("django"),
        "wagtail": metadata.version("wagtail"),
        "django_comments_xtd": metadata.version("django-comments-xtd"),
        "gunicorn": metadata.version("gunicorn"),
        "postgresql": postgres,
        "wrk": command_version(["wrk", "-v"]),
        "nginx": command_version(["nginx", "-v"]),
        "workers": WORKERS,
    }


# --- the run -------------------------------------------------------------------------------


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    secret_key = secrets.token_urlsafe(50)
    env = site_env(args, secret_key)
    cold_env = site_env(args, secret_key, "bench.settings_cold")

    log(f"Database {args.database_url} ({args.profile} profile)")
    if args.fresh:
        python("-m", "bench.database", "drop", args.database_url, env=env)
    python("scripts/postgres.py", "create", args.database_url, env=env)
    python("manage.py", "migrate", "--noinput", "-v0", env=env)
    python("-m", "bench.probe", "cleanup", env=env)  # leftovers of an interrupted run
    flush_cache(env["REDIS_URL"])  # pages cached from an earlier run's data must not be served
    log(f"Data: {args.posts} posts, {args.total_comments} comments")
    python("-m", "bench.generate", "--posts", str(args.posts), "--total-comments", str(args.total_comments), env=env)
    python("manage.py", "collectstatic", "--noinput", "-v0", env=env)
    log("Image renditions")
    python("manage.py", "generate_renditions", "-v0", env=env)

    plan_path = WORK / "plan.json"
    python("-m", "bench.probe", "plan", str(plan_path), env=env)
    plan = json.loads(plan_path.read_text())
    log("Queries per request (Django test client, page and fragment caches off)")
    queries_path = WORK / "queries.json"
    python("-m", "bench.probe", "queries", str(plan_path), str(queries_path), env=cold_env)

    results = []
    levels = (1, args.concurrency)
    base = f"http://{HOST}:{args.port}"
    info = machine_info(env)
    info["gauge_ms_before"] = gauge.workload_ms()
    load_before = os.getloadavg()
    database = DatabaseCpu(args.database_url)
    static_server = nginx(args.port + 1, plan["urls"]["static"])
    try:
        log(f"Cold server: gunicorn, {WORKERS} workers, no page or fragment cache")
        server = gunicorn("gunicorn-cold", cold_env, args.port)
        try:
            warm_up(base, plan, COLD_CASES, args.warmup)
            measure(server, base, plan, COLD_CASES, levels, args.seconds, results, "cold", database)
            measure(
                static_server,
                f"http://{HOST}:{args.port + 1}",
                plan,
                [("static_nginx", "static", None)],
                levels,
                args.seconds,
                results,
                "nginx",
            )
        finally:
            server.stop()
        log(f"Server as configured: gunicorn, {WORKERS} workers, the site's caches on")
        server = gunicorn("gunicorn-configured", env, args.port)
        try:
            warm_up(base, plan, CACHED_CASES, args.warmup)
            measure(server, base, plan, CACHED_CASES, levels, args.seconds, results, "configured", database)
            locations = measure_comment_posts(
                server, base, plan, [(1, args.seconds), (args.concurrency, args.post_seconds)], results, database
            )
        finally:
            server.stop()
    finally:
        static_server.stop()
    load_after = os.getloadavg()
    info["gauge_ms_after"] = gauge.workload_ms()

    verification_path = WORK / "comment_posts.json"
    in_flight = 1 + args.concurrency  # at most one unanswered request per connection of the two runs
    python(
        "-m", "bench.probe", "verify", str(plan_path), str(locations), str(verification_path), str(in_flight), env=env
    )
    python("-m", "bench.probe", "cleanup", env=env)

    data = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "profile": args.profile,
        "posts": args.posts,
        "total_comments": args.total_comments,
        "seconds": args.seconds,
        "post_seconds": args.post_seconds,
        "concurrency": args.concurrency,
        "machine": info,
        "load_before": load_before,
        "load_after": load_after,
        "plan": {key: plan[key] for key in ("urls", "search_query")},
        "results": results,
        "queries": json.loads(queries_path.read_text()),
        "comment_posts": json.loads(verification_path.read_text()),
        "elapsed_s": round(time.monotonic() - started),
    }
    (WORK / "results.json").write_text(json.dumps(data, indent=2))
    report.write(data, Path(args.output))
    log(f"Wrote {args.output} in {data['elapsed_s']} s")


if __name__ == "__main__":
    main()
