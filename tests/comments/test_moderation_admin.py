"""The moderators' queue in the Wagtail admin: tabs, filters, search, the comment in context, actions."""

from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Status
from tests.comments.conftest import approved_comment, flag, held_comment, real_queries

INDEX = reverse("comment_moderation:index")


def act(client, comment, action, **data):
    return client.post(reverse("comment_moderation:act", args=[comment.pk, action]), data)


def test_the_queue_opens_on_pending_with_counts_per_tab(moderator_client, post):
    held_comment(post, "Waiting for you")
    approved_comment(post, "Already out")
    approved_comment(post, "Junk", status=Status.SPAM)
    flagged = approved_comment(post, "Rude words")
    flag(flagged)
    response = moderator_client.get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Waiting for you" in html and "Already out" not in html
    tabs = {tab["value"]: tab["count"] for tab in response.context["tabs"]}
    assert tabs == {"pending": 1, "flagged": 1, "approved": 2, "spam": 1, "trash": 0, "all": 4}
    flagged_html = moderator_client.get(INDEX, {"status": "flagged"}).content.decode()
    assert "Rude words" in flagged_html and "Already out" not in flagged_html
    assert "Junk" in moderator_client.get(INDEX, {"status": "spam"}).content.decode()


def test_each_row_shows_the_post_and_the_comment_it_answers(moderator_client, post):
    root = approved_comment(post, "Which physiotherapist did you see?", user_name="Bea")
    held_comment(post, "One in Recife", parent=root)
    html = moderator_client.get(INDEX).content.decode()
    assert "Living with CRPS" in html
    assert "in reply to Bea" in html.replace("em resposta a", "in reply to")
    assert "Which physiotherapist did you see?" in html


def test_filters_by_post_email_date_and_ip(moderator_client, post, make_post):
    other = make_post(title="Fibromyalgia and sleep")
    held_comment(post, "On CRPS", user_email="ana@example.org", ip_address="10.0.0.1")
    held_comment(
        other, "On sleep", user_email="bia@example.org", submit_date=timezone.now() - timezone.timedelta(days=40)
    )

    def shown(**params):
        html = moderator_client.get(INDEX, params).content.decode()
        return {text for text in ("On CRPS", "On sleep") if text in html}

    assert shown(post="sleep") == {"On sleep"}
    assert shown(post=str(post.pk)) == {"On CRPS"}
    assert shown(email="ANA@") == {"On CRPS"}
    assert shown(ip_address="10.0.0.1") == {"On CRPS"}
    assert shown(ip_address="not an address") == set()
    since = (timezone.localdate() - timezone.timedelta(days=7)).isoformat()
    assert shown(submit_date_from=since) == {"On CRPS"}
    assert shown(submit_date_from="garbage") == {"On CRPS", "On sleep"}  # an invalid filter is ignored, not a 500


def test_full_text_search_finds_words_by_their_stem(moderator_client, post):
    held_comment(post, "Os medicamentos me deixaram tonta")
    held_comment(post, "Fisioterapia ajudou muito")
    html = moderator_client.get(INDEX, {"q": "medicamento"}).content.decode()
    assert "Os medicamentos me deixaram tonta" in html
    assert "Fisioterapia ajudou muito" not in html
    odd = moderator_client.get(INDEX, {"q": '"unbalanced & | !'})
    assert odd.status_code == 200


def test_searching_an_address_finds_the_authors_comments(moderator_client, post):
    held_comment(post, "First", user_email="spammer@junk.example")
    held_comment(post, "Second", user_email="someone@else.example")
    html = moderator_client.get(INDEX, {"q": "@junk.example"}).content.decode()
    assert "First" in html and "Second" not in html


def test_approving_publishes_and_notifies_followers(
    moderator_client, client, post, moderator, django_capture_on_commit_callbacks
):
    root = approved_comment(post, "Root", user_email="ana@example.org", followup=True, confirmed_at=timezone.now())
    held = held_comment(post, "A held reply", parent=root)
    with django_capture_on_commit_callbacks(execute=True):
        response = act(moderator_client, held, "approve", next=INDEX + "?status=pending")
    assert response.status_code == 302 and response.url == INDEX + "?status=pending"
    assert Comment.objects.get(pk=held.pk).status == Status.APPROVED
    moderator_client.logout()
    assert "A held reply" in client.get(post.url).content.decode()
    assert ["ana@example.org"] in [message.to for message in mail.outbox]


def test_a_next_address_elsewhere_is_ignored(moderator_client, post):
    response = act(moderator_client, held_comment(post), "approve", next="https://evil.example/")
    assert response.url == INDEX


def test_an_action_that_no_longer_applies_changes_nothing(moderator_client, post):
    comment = approved_comment(post, "Out")
    response = act(moderator_client, comment, "restore")
    assert response.status_code == 302
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED
    assert act(moderator_client, comment, "no_such_action").status_code == 404


def test_trash_and_restore_return_a_comment_where_it_was(moderator_client, post):
    comment = held_comment(post)
    act(moderator_client, comment, "trash")
    comment.refresh_from_db()
    assert (comment.status, comment.previous_status) == (Status.TRASH, Status.PENDING)
    act(moderator_client, comment, "restore")
    assert Comment.objects.get(pk=comment.pk).status == Status.PENDING


def test_keeping_a_flagged_comment_clears_its_flags(moderator_client, post):
    comment = approved_comment(post, "Contested")
    flag(comment)
    assert Comment.objects.flagged().count() == 1
    act(moderator_client, comment, "approve")
    assert Comment.objects.flagged().count() == 0
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED
    flag(comment, reader="session:someone-else")
    assert Comment.objects.flagged().count() == 1  # a new flag after the review counts again


def test_editing_changes_the_words_and_keeps_the_status(moderator_client, post):
    comment = approved_comment(post, "Call me on 81 99999-0000")
    response = moderator_client.post(reverse("comment_moderation:edit", args=[comment.pk]), {"comment": "Call me."})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.comment, comment.status) == ("Call me.", Status.APPROVED)
    assert "Call me." in comment.comment_html


def test_reply_as_staff_is_published_and_approves_a_held_comment(
    moderator_client, post, moderator, django_capture_on_commit_callbacks
):
    held = held_comment(post, "Is this normal?")
    url = reverse("comment_moderation:reply", args=[held.pk])
    assert "Is this normal?" in moderator_client.get(url).content.decode()
    assert moderator_client.post(url, {"comment": "  "}).status_code == 200  # the form again, with an error
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(url, {"comment": "Yes, talk to your doctor."})
    assert response.status_code == 302
    reply = Comment.objects.get(parent_id=held.pk, level=1)
    assert (reply.status, reply.user, reply.thread_id) == (Status.APPROVED, moderator, held.pk)
    assert Comment.objects.get(pk=held.pk).status == Status.APPROVED


def test_reply_to_a_comment_at_the_deepest_level_joins_its_conversation(moderator_client, post, discussion):
    discussion.max_depth = 2
    discussion.save()
    root = approved_comment(post, "Root")
    child = approved_comment(post, "Child", parent=root)
    moderator_client.post(reverse("comment_moderation:reply", args=[child.pk]), {"comment": "Staff answer"})
    reply = Comment.objects.get(comment="Staff answer")
    assert (reply.parent_id, reply.level) == (root.pk, 1)


def test_the_comment_page_shows_its_context_flags_and_history(moderator_client, post):
    root = approved_comment(post, "The question")
    comment = approved_comment(post, "The answer", parent=root, user_email="ana@example.org")
    flag(comment, note="This dose is dangerous")
    act(moderator_client, comment, "unapprove")
    html = moderator_client.get(reverse("comment_moderation:inspect", args=[comment.pk])).content.decode()
    assert "The question" in html and "This dose is dangerous" in html and "ana@example.org" in html
    history = moderator_client.get(reverse("comment_moderation:history", args=[comment.pk])).content.decode()
    assert "mod" in history


def test_pending_list_costs_the_same_few_queries_for_5_or_50_comments(moderator_client, post):
    def queries_for(count):
        Comment.objects.all().delete()
        root = approved_comment(post, "Root")
        for number in range(count):
            comment = held_comment(post, f"Held {number}", parent=root if number % 2 else None)
            if number % 3 == 0:
                flag(comment)
        # The first view after these changes: the queue's counts are counted again, not cached.
        with CaptureQueriesContext(connection) as captured:
            response = moderator_client.get(INDEX)
        assert response.status_code == 200
        assert len(response.context["object_list"]) == min(count, 25)
        return real_queries(captured.captured_queries)

    moderator_client.get(INDEX)  # which site answers the host is then known, as in a running site
    five, fifty = queries_for(5), queries_for(50)
    assert len(five) == len(fifty) <= 10, fifty


def test_dashboard_shows_the_pending_count_to_moderators_only(client, post, make_user):
    held_comment(post)
    held_comment(post)
    client.force_login(make_user("Moderators"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("comment_moderation:index") + "?status=pending" in html
    links = BeautifulSoup(html, "html.parser").select(f'a[href="{reverse("comment_moderation:index")}?status=pending"]')
    assert links and all(link.get_text().split()[0] == "2" for link in links)
    client.force_login(make_user("Editors"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("comment_moderation:index") not in html


def test_the_queue_works_at_phone_width(moderator_client, post):
    """One comment per row, actions that wrap: the markup a narrow screen needs (the browser check is manual)."""
    held_comment(post)
    html = moderator_client.get(INDEX).content.decode()
    assert "comments-admin.css" in html
    assert 'class="comment-row__actions"' in html
    headings = BeautifulSoup(html, "html.parser").select("table.listing thead th")
    assert len(headings) == 2  # the checkbox and the comment: no columns to scroll sideways


def test_discussion_settings_are_edited_in_the_wagtail_admin(admin_client, discussion):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["comments", "discussionsettings", site.pk])
    assert admin_client.get(url).status_code == 200
    data = {
        "comments_enabled": "on",
        "close_after_days": "90",
        "max_depth": "2",
        "moderation": "everything",
        "moderator_emails": "daily",
        "hold_links": "1",
        "hold_words": "cura milagrosa",
        "block_words": "",
        "max_length": "2000",
        "edit_window_minutes": "10",
        "unconfirmed_expiry_days": "3",
    }
    assert admin_client.post(url, data).status_code == 302
    discussion.refresh_from_db()
    assert (discussion.max_depth, discussion.moderation, discussion.hold_words) == (2, "everything", "cura milagrosa")
    assert discussion.moderator_emails == "daily"


def test_row_buttons_carry_a_working_csrf_token(moderator, post):
    from django.test import Client

    comment = held_comment(post, "Please check this dose.")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(moderator)
    html = BeautifulSoup(browser.get(INDEX + "?status=pending").content, "html.parser")
    form = html.select_one(f'form[action="{reverse("comment_moderation:act", args=[comment.pk, "approve"])}"]')
    fields = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    assert fields["csrfmiddlewaretoken"]
    assert browser.post(form["action"], fields).status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED
