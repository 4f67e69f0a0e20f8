"""comments/display.py works out once per page what the template used to work out per comment:
the results must be what Django's own tags and filters give."""

import datetime

from bs4 import BeautifulSoup
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone, translation

from comments.display import shown_comments
from comments.selectors import thread_page
from tests.comments.conftest import approved_comment


def shown(post, max_depth=3, edit_url_for=None):
    return [item for _node, item in shown_comments(thread_page(post).nodes, max_depth, edit_url_for)]


def test_urls_and_dates_match_django_s_tags_and_filters(post):
    when = timezone.make_aware(datetime.datetime(2026, 3, 9, 14, 5))
    comment = approved_comment(post, "First", submit_date=when, user_name="Ana")
    with translation.override("pt-br"):
        (item,) = shown(post)
        local = timezone.localtime(comment.submit_date)
        assert item.date_text == date_filter(local, "DATETIME_FORMAT")
    assert item.iso_date == date_filter(local, "c")
    assert item.like_url == reverse("comments:like", args=[comment.pk])
    assert item.flag_url == reverse("comments:flag", args=[comment.pk])
    assert item.anchor == f"c{comment.pk}"


def test_reply_links_stop_at_the_deepest_level_and_name_the_author(post):
    root = approved_comment(post, "Root", user_name="Ana <b>")
    reply = approved_comment(post, "Reply", parent=root, user_name="Bia")
    by_text = {item.comment.comment: item for item in shown(post, max_depth=2)}
    assert by_text["Root"].reply_url == f"?reply-to={root.pk}#comment-form"
    assert by_text["Reply"].reply_url == ""  # level 1 of at most 2 levels
    # Plain text: the template escapes it where it goes.
    with translation.override("en"):
        assert shown(post)[0].reply_label == "Reply to Ana <b>"
    assert reply.pk in {item.comment.pk for item in shown(post)}


def test_edit_links_come_from_the_callback(post):
    approved_comment(post, "Mine")
    assert shown(post)[0].edit_url == ""
    assert shown(post, edit_url_for=lambda comment: f"/edit/{comment.pk}/")[0].edit_url.startswith("/edit/")


def test_the_page_shows_what_display_worked_out(client, post):
    comment = approved_comment(post, "Visible", user_name="Ana")
    html = client.get(post.url).content.decode()
    assert f'id="c{comment.pk}"' in html
    assert f'action="{reverse("comments:like", args=[comment.pk])}"' in html
    assert f'href="?reply-to={comment.pk}#comment-form"' in html


def test_the_list_nests_replies_escapes_what_readers_wrote_and_speaks_their_language(client, post):
    root = approved_comment(post, "Root", user_name='Ana <b>"x"', user_url="https://example.org/?a=1&b=2")
    approved_comment(post, "Reply", parent=root, user_name="Bia")
    approved_comment(post, "Second root", user_name="Caio")
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    first, second = html.select("ol.comment-list > li")
    author = first.select_one(".comment__author a")
    assert (author.get_text(), author["href"]) == ('Ana <b>"x"', "https://example.org/?a=1&b=2")
    assert first.select_one(".comment__meta b") is None
    assert first.select_one("a[aria-label]")["aria-label"] == 'Responder a Ana <b>"x"'
    (reply,) = first.select("ol.comment-replies > li > article")
    assert reply.select_one(".comment__author").get_text() == "Bia"
    assert second.select_one(".comment__author").get_text() == "Caio"
    assert [link.get_text() for link in second.select(".comment__actions a")] == ["Responder", "Denunciar"]
    assert "Curtir" in second.select_one(".comment__like button").get_text()
    token = second.select_one(".comment__like input[name=csrfmiddlewaretoken]")["value"]
    assert token and "\x00" not in token  # the reader's own token, not the cache's sentinel
