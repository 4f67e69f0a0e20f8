"""Fault drills of docs/reliability.md against gunicorn and a private PostgreSQL cluster.

1. PostgreSQL restarted while comment POSTs are running: every 302 (comment accepted) must match
   exactly one stored row, requests during the outage get the 503 page, and the same gunicorn
   serves comments again once PostgreSQL is back.
2. A worker killed (SIGKILL) inside a comment's transaction, after the row was written: no row
   may remain, and the next request is served by a fresh worker.

The shared PostgreSQL server is never touched: the drill makes its own throw-away cluster with
Debian's initdb/pg_ctl (run as the postgres user), on a free port, in a temporary folder that is
removed at the end, whatever happens. Run as root:

    bench/drill              # both drills; prints the figures and writes them as JSON
    bench/drill --help
"""

import argparse
import html.parser
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from .loopback import production_env, stop_server, worker_pids

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("DRILL_PG_BIN", "/usr/lib/postgresql/15/bin"))
HOST = "127.0.0.1"
OUTAGE_TEXT = "Back in a moment"  # the English title of templates/503.html


def log(message):
    sys.stdout.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
    sys.stdout.flush()


def free_port(start):
    """The first port from `start` that nothing listens on and we can bind."""
    for port in range(start, start + 200):
        with socket.socket() as probe:
            if probe.connect_ex((HOST, port)) == 0:
                continue
        with socket.socket() as probe:
            try:
                probe.bind((HOST, port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port from {start}")


# --- the private cluster ------------------------------------------------------------------


class PrivateCluster:
    """A PostgreSQL cluster of its own in a temporary folder, owned by the postgres user."""

    def __init__(self, port):
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="zebramedic-drill-pg-"))
        shutil.chown(self.folder, "postgres", "postgres")
        self.data = self.folder / "data"
        self.log_file = self.folder / "postgres.log"

    def _as_postgres(self, *argv, check=True):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *argv], capture_output=True, text=True, check=check, cwd=self.folder
        )

    def create(self):
        self._as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync")
        self.start()

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses={HOST}"
        self._as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log_file), "-w", "-o", options, "start"
        )

    def stop(self, mode="fast"):
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def url(self, database):
        return f"postgres://postgres@{HOST}:{self.port}/{database}"

    def destroy(self):
        if (self.data / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


# --- the site -----------------------------------------------------------------------------


def site_env(database_url, work):
    # Requests say they came through an HTTPS proxy. No Redis: each worker keeps its own memory
    # cache, so every form the drill reads is freshly rendered.
    return production_env(
        settings_module="zebramedic.settings.drill",
        database_url=database_url,
        secret_key=secrets.token_urlsafe(40),
        allowed_hosts=HOST,
        work=work,
    )


def manage(env, *argv):
    subprocess.run([sys.executable, "manage.py", *argv], env=env, cwd=ROOT, check=True, capture_output=True)


class Gunicorn:
    def __init__(self, env, port, workers, log_path):
        self.log_path = log_path
        argv = [
            str(Path(sys.executable).parent / "gunicorn"),
            "zebramedic.wsgi:application",
            f"--workers={workers}",
            f"--bind={HOST}:{port}",
            "--worker-class=sync",
            "--timeout=30",
            "--graceful-timeout=5",
            "--log-level=info",
        ]
        with open(log_path, "w") as output:
            self.process = subprocess.Popen(
                argv, env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )

    def workers(self):
        return worker_pids(self.process.pid)

    def stop(self):
        stop_server(self.process)


# --- a reader's browser, reduced to what the comment form needs -------------------------------


class FormFields(html.parser.HTMLParser):
    """The named fields of the form with id="comment-form"."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "comment-form":
            self.inside = True
        elif self.inside and tag in ("input", "textarea") and attrs.get("name"):
            if attrs.get("type") != "checkbox":
                self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reader:
    def __init__(self, base, post_path):
        self.base = base
        self.post_path = post_path
        self.netloc = urllib.parse.urlsplit(base).netloc
        self.cookies = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, path, data=None, headers=()):
        headers = {
            "X-Forwarded-Proto": "https",
            # As a browser behind the HTTPS proxy would send it: CSRF checks it on secure requests.
            "Referer": f"https://{self.netloc}{self.post_path}",
            "Accept-Language": "en",
            "Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items()),
            **dict(headers),
        }
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, dict(response.headers), response.read().decode(errors="replace")

    def open_form(self):
        status, _headers, page = self.request(self.post_path)
        if status != 200:
            return None
        parser = FormFields()
        parser.feed(page)
        return parser.fields if "security_hash" in parser.fields else None


def classify(status, headers, body):
    if status == 302 and "/comentarios/enviado/" in headers.get("Location", ""):
        return "accepted"
    if status == 503 and headers.get("Retry-After") and OUTAGE_TEXT in body:
        return "outage_page"
    return f"other_{status}"


# --- drill 1: PostgreSQL restarted under load ----------------------------------------------


def restart_drill(cluster, base, post_path, tag, clients, seconds, restart_at, outage_seconds):
    stop = threading.Event()
    results = []
    lock = threading.Lock()
    events = {}

    def client(number):
        reader = Reader(base, post_path)
        form = None
        while form is None and not stop.is_set():
            form = reader.open_form()
        time.sleep(3.2)  # the form refuses what was "written" in under three seconds
        sequence = 0
        while not stop.is_set():
            sequence += 1
            text = f"{tag} client {number} comment {sequence}"
            data = {**form, "name": f"Drill {number}", "email": f"drill{number}@example.org", "comment": text}
            started = time.monotonic()
            try:
                outcome = classify(*reader.request("/comentarios/enviar/", data))
            except (OSError, urllib.error.URLError) as error:
                outcome = f"error_{type(error).__name__}"
            with lock:
                results.append((started, time.monotonic(), text, outcome))

    threads = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(restart_at)
    log(f"  stopping PostgreSQL (fast), {outage_seconds} s down, then starting it")
    events["stop"] = time.monotonic()
    cluster.stop("fast")
    events["stopped"] = time.monotonic()
    time.sleep(outage_seconds)
    cluster.start()
    events["started"] = time.monotonic()
    time.sleep(max(0.0, seconds - (time.monotonic() - start)))
    stop.set()
    for thread in threads:
        thread.join()
    return results, events


def stored_texts(env, like):
    """{comment text: rows} for the texts starting with `like`, read through Django's own settings."""
    code = (
        "import json,sys\n"
        "from comments.models import Comment\n"
        "from collections import Counter\n"
        f"rows = Comment.objects.filter(comment__startswith={like!r}).values_list('comment', flat=True)\n"
        "sys.stdout.write(json.dumps(Counter(rows)))\n"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def summarise_restart(results, events, stored):
    outcomes = Counter(outcome for _s, _e, _t, outcome in results)
    accepted = [text for _s, _e, text, outcome in results if outcome == "accepted"]
    refused = [text for _s, _e, text, outcome in results if outcome != "accepted"]
    after_restart = [(finished, outcome) for started, finished, _t, outcome in results if started >= events["started"]]
    first_success = min((finished for finished, outcome in after_restart if outcome == "accepted"), default=None)
    outage_window = [outcome for started, _e, _t, outcome in results if events["stop"] <= started < events["started"]]
    return {
        "posts_sent": len(results),
        "outcomes": dict(outcomes),
        "accepted": len(accepted),
        "accepted_and_stored_once": sum(1 for text in accepted if stored.get(text) == 1),
        "lost": sum(1 for text in accepted if stored.get(text, 0) == 0),
        "duplicated": sum(1 for text in accepted if stored.get(text, 0) > 1),
        "refused_but_stored": sum(1 for text in refused if stored.get(text, 0) > 0),
        "rows_stored": sum(stored.values()),
        "posts_during_outage": len(outage_window),
        "outage_pages_during_outage": sum(1 for outcome in outage_window if outcome == "outage_page"),
        "stop_to_stopped_s": round(events["stopped"] - events["stop"], 2),
        "database_down_s": round(events["started"] - events["stopped"], 2),
        "accepted_after_restart": sum(1 for _f, outcome in after_restart if outcome == "accepted"),
        "first_accepted_after_start_s": round(first_success - events["started"], 2) if first_success else None,
        "not_accepted_after_start": sum(1 for _f, outcome in after_restart if outcome != "accepted"),
    }


# --- drill 2: a worker killed mid-request ----------------------------------------------------


def worker_kill_drill(gunicorn, base, post_path, tag, kills):
    reader = Reader(base, post_path)
    form = reader.open_form()
    time.sleep(3.2)
    killed_texts = []
    figures = {"kills_asked": kills, "no_response": 0, "workers_replaced": 0, "next_post_accepted": 0}
    for number in range(kills):
        before = gunicorn.workers()
        text = f"{tag} killed {number}"
        killed_texts.append(text)
        data = {**form, "name": "Drill", "email": "killed@example.org", "comment": text}
        try:
            reader.request("/comentarios/enviar/", data, headers={"X-Fault-Injection": "comment-saved"})
        except (OSError, urllib.error.URLError):
            figures["no_response"] += 1
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and len(gunicorn.workers() - before) == 0:
            time.sleep(0.1)
        if gunicorn.workers() - before:
            figures["workers_replaced"] += 1
        data = {**data, "comment": f"{tag} after kill {number}"}
        if classify(*reader.request("/comentarios/enviar/", data)) == "accepted":
            figures["next_post_accepted"] += 1
    return figures, killed_texts


# --- main ------------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=6, help="concurrent readers posting comments")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--seconds", type=float, default=30, help="length of the restart drill")
    parser.add_argument("--restart-at", type=float, default=10, help="seconds into the drill PostgreSQL stops")
    parser.add_argument("--outage", type=float, default=4, help="seconds PostgreSQL stays down")
    parser.add_argument("--kills", type=int, default=5, help="workers killed in the second drill")
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if os.geteuid() != 0:
        sys.exit("Run as root: the private cluster runs as the postgres user (runuser).")
    tag = f"drill-{secrets.token_hex(4)}"
    work = Path(tempfile.mkdtemp(prefix="zebramedic-drill-"))
    cluster = PrivateCluster(free_port(55432))
    gunicorn = None
    previous_handler = signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    try:
        log(f"Private PostgreSQL cluster on port {cluster.port} in {cluster.folder}")
        cluster.create()
        subprocess.run(
            [str(PG_BIN / "createdb"), "-h", HOST, "-p", str(cluster.port), "-U", "postgres", "zebramedic"], check=True
        )
        env = site_env(cluster.url("zebramedic"), work)
        log("migrate, demo content, collectstatic")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput")
        post_path = (
            subprocess.run(
                [
                    sys.executable,
                    "manage.py",
                    "shell",
                    "-c",
                    "from blog.models import BlogPage; print(BlogPage.objects.live().order_by('pk').first().url)",
                ],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        port = free_port(8790)
        base = f"http://{HOST}:{port}"
        gunicorn = Gunicorn(env, port, args.workers, work / "gunicorn.log")
        for _ in range(300):
            try:
                if Reader(base, post_path).open_form():
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            raise RuntimeError(f"gunicorn did not serve {post_path}; see {work / 'gunicorn.log'}")
        master = gunicorn.process.pid

        log(f"Drill 1: {args.clients} readers post comments for {args.seconds:.0f} s to {post_path}")
        results, events = restart_drill(
            cluster, base, post_path, tag, args.clients, args.seconds, args.restart_at, args.outage
        )
        restart = summarise_restart(results, events, stored_texts(env, f"{tag} client"))
        restart["gunicorn_master_unchanged"] = gunicorn.process.poll() is None and gunicorn.process.pid == master

        log(f"Drill 2: {args.kills} workers killed inside a comment's transaction")
        kill, killed_texts = worker_kill_drill(gunicorn, base, post_path, tag, args.kills)
        stored = stored_texts(env, f"{tag} killed")
        kill["partial_rows"] = sum(stored.get(text, 0) for text in killed_texts)
        kill["sigkill_in_gunicorn_log"] = (work / "gunicorn.log").read_text().count("SIGKILL")

        figures = {"restart": restart, "worker_kill": kill, "clients": args.clients, "workers": args.workers}
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
        if args.output:
            args.output.write_text(json.dumps(figures, indent=2) + "\n")
        passed = (
            restart["lost"] == 0
            and restart["duplicated"] == 0
            and restart["accepted_after_restart"] > 0
            and restart["gunicorn_master_unchanged"]
            and set(restart["outcomes"]) <= {"accepted", "outage_page"}
            and kill["partial_rows"] == 0
            and kill["next_post_accepted"] == args.kills
        )
        log("PASSED" if passed else "FAILED")
        return 0 if passed else 1
    finally:
        if gunicorn is not None:
            gunicorn.stop()
        cluster.destroy()
        shutil.rmtree(work, ignore_errors=True)
        signal.signal(signal.SIGTERM, previous_handler)


if __name__ == "__main__":
    sys.exit(main())
