"""The benchmark's look inside the site, run by bench/runner.py with the server's own settings.

    python -m bench.probe plan PLAN.json          what to measure: addresses, sessions, a comment form
    python -m bench.probe queries PLAN.json OUT   queries and response bytes per case (test Client)
    python -m bench.probe verify PLAN.json LOCATIONS OUT N comment POSTs against stored rows
    python -m bench.probe cleanup                 delete the comments the benchmark posted

Needs the same SECRET_KEY as the server: sessions and the comment form's signature depend on it.
"""

import json
import os
import secrets
import string
import sys
import time
import uuid
from urllib.parse import quote, urlencode

SEARCH_QUERY = "fibromialgia sono"
POSTER_NAME = "wrk"
POSTER_EMAIL = "wrk-poster@bench.example.org"
# The query count's comment POSTs: kept apart from wrk's, which are checked one by one.
PROBE_EMAIL = "query-probe@bench.example.org"
POST_TARGET_SLUG = "bench-post-00001"
DEFAULT_MODERATION_PATH = "comment_moderation/?status=pending"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zebramedic.settings.production")
    import django

    django.setup()


# --- plan ------------------------------------------------------------------------------------


def session_cookie(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


def users():
    from django.contrib.auth import get_user_model

    User = get_user_model()
    admin, _created = User.objects.get_or_create(
        username="bench-admin", defaults={"email": "bench-admin@example.org", "is_staff": True, "is_superuser": True}
    )
    reader, _created = User.objects.get_or_create(
        username="bench-reader-00", defaults={"email": "bench-reader-00@example.org"}
    )
    return admin, reader


def comment_form_fields(post):
    """A valid, signed comment form for `post`, without the comment text (wrk adds a unique one)."""
    from comments.forms import CommentForm

    form = CommentForm(post)
    # The form refuses answers sent within 3 s of its signature, and after 2 h.
    timestamp = int(time.time()) - 10
    security = form.generate_security_data()
    security.update({"timestamp": str(timestamp), "security_hash": form.initial_security_hash(timestamp)})
    csrf = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    fields = {
        **security,
        "csrfmiddlewaretoken": csrf,
        "name": POSTER_NAME,
        "email": POSTER_EMAIL,
        "url": "",
        "followup": "",
        "honeypot": "",
        "reply_to": "0",
    }
    return fields, f"csrftoken={csrf}"


def plan(path):
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage

    from blog.models import BlogIndexPage, BlogPage

    from .generate import SPECIAL_COUNTS, special_slug

    admin, reader = users()
    index = BlogIndexPage.objects.filter(depth=2).first()
    posts = {count: BlogPage.objects.get(slug=special_slug(count)) for count in SPECIAL_COUNTS}
    target = BlogPage.objects.get(slug=POST_TARGET_SLUG)
    fields, csrf_cookie = comment_form_fields(target)
    moderation = os.environ.get("BENCH_MODERATION_URL") or f"/{settings.WAGTAIL_ADMIN_PATH}{DEFAULT_MODERATION_PATH}"
    data = {
        "urls": {
            "home": index.url,
            "listing": index.url + index.reverse_subpage("condition", args=["fibromialgia"]),
            **{f"post_{count}": posts[count].url for count in SPECIAL_COUNTS},
            "search": "/busca/?" + urlencode({"q": SEARCH_QUERY}),
            "feed": "/feeds/rss/",
            "moderation": moderation,
            "comment_post": "/comentarios/enviar/",
            "static": staticfiles_storage.url("css/site.css"),
        },
        "static_file": staticfiles_storage.path(staticfiles_storage.stored_name("css/site.css")),
        "cookies": {"admin": session_cookie(admin), "reader": session_cookie(reader)},
        "comment_form": urlencode(fields, quote_via=quote),
        "comment_form_fields": fields,
        "csrf_cookie": csrf_cookie,
        "comment_target": target.pk,
        "search_query": SEARCH_QUERY,
    }
    with open(path, "w") as handle:
        json.dump(data, handle, indent=2)


# --- queries -----------------------------------------------------------------------------------


def count_queries(client, method, url, data=None):
    """(status, body bytes, queries) of the second of two identical requests: the first pays the
    per-process look-ups (content types, site root paths) that a running worker has already made."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    send = client.get if method == "GET" else client.post
    send(url, data() if callable(data) else data)
    with CaptureQueriesContext(connection) as captured:
        response = send(url, data() if callable(data) else data)
    return {"status": response.status_code, "bytes": len(response.content), "queries": len(captured)}


def queries(plan_path, out_path):
    from django.test import Client

    with open(plan_path) as handle:
        data = json.load(handle)
    urls = data["urls"]
    results = {}
    clients = {"anonymous": Client(), "reader": Client(), "admin": Client()}
    for who in ("reader", "admin"):
        clients[who].cookies["sessionid"] = data["cookies"][who].split("=", 1)[1]
    for name in ("home", "listing", "post_0", "post_20", "post_200", "post_1000", "search", "feed"):
        results[name] = count_queries(clients["anonymous"], "GET", urls[name])
    for name in ("post_0", "post_20", "post_200", "post_1000"):
        results[f"{name}_reader"] = count_queries(clients["reader"], "GET", urls[name])
    results["moderation"] = count_queries(clients["admin"], "GET", urls["moderation"])

    def comment():
        fields = data["comment_form_fields"]
        return {**fields, "email": PROBE_EMAIL, "comment": f"Contagem de consultas {uuid.uuid4().hex}"}

    results["comment_post"] = count_queries(clients["anonymous"], "POST", urls["comment_post"], comment)
    with open(out_path, "w") as handle:
        json.dump(results, handle, indent=2)


# --- comment POSTs -----------------------------------------------------------------------------


def posted_comments():
    from comments.models import Comment

    return Comment.objects.filter(user_email__in=[POSTER_EMAIL, PROBE_EMAIL])


def verify(plan_path, locations_path, out_path, in_flight_limit):
    """Each success (a redirect to the receipt) names exactly one stored comment.

    A request still in flight when wrk stops is served and stored, but its answer is never read:
    at most one such row per connection (`in_flight_limit` in all) is stored without a success.
    """
    from comments import tokens

    with open(locations_path) as handle:
        locations = [line.strip() for line in handle if line.strip()]
    ids = [tokens.read_receipt_address(location) for location in locations]
    stored = set(posted_comments().filter(user_email=POSTER_EMAIL).values_list("pk", flat=True))
    named = [pk for pk in ids if pk is not None]
    result = {
        "successes": len(locations),
        "unreadable": len(ids) - len(named),
        "distinct": len(set(named)),
        "stored": len(stored),
        "named_and_stored": len(set(named) & stored),
        "in_flight_limit": int(in_flight_limit),
    }
    result["stored_without_answer"] = result["stored"] - result["named_and_stored"]
    result["ok"] = (
        result["unreadable"] == 0
        and result["distinct"] == result["successes"]
        and result["named_and_stored"] == result["successes"]
        and result["stored_without_answer"] <= result["in_flight_limit"]
    )
    with open(out_path, "w") as handle:
        json.dump(result, handle, indent=2)


def cleanup():
    """Delete what the comment POSTs stored (comments and their queued emails): the data set stays
    the same from run to run."""
    from django_tasks_db.models import DBTaskResult

    from .generate import delete_comments

    ids = list(posted_comments().values_list("pk", flat=True))
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        DBTaskResult.objects.filter(
            task_path__endswith="send_confirmation_request", args_kwargs__args__0__in=chunk
        ).delete()
    delete_comments(ids)


def main(argv):
    command, *args = argv
    setup()
    {"plan": plan, "queries": queries, "verify": verify, "cleanup": cleanup}[command](*args)


if __name__ == "__main__":
    main(sys.argv[1:])
