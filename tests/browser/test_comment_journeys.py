"""Journeys through the Comentários section in a real browser, with and without JavaScript."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail

from comments.models import Comment, Status
from tests.browser import moderation
from tests.browser.conftest import DESKTOP, PHONE, save_screenshot
from tests.comments.conftest import approved_comment, held_comment


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderadora", "mod@example.org", "x", first_name="Rita")
    group = Group.objects.get(name="Moderators")  # Wagtail's own group: admin access
    group.permissions.add(*Permission.objects.filter(content_type__app_label="comments", codename__endswith="comment"))
    user.groups.add(group)
    return user


def confirmation_link(address):
    """The link of the confirmation email the running server sent to `address`."""
    messages = [message for message in mail.outbox if message.to == [address]]
    assert len(messages) == 1, [message.to for message in mail.outbox]
    return re.search(r"https?://\S+/comentarios/confirmar/\S+/", messages[0].body).group(0)


def test_guest_comment_is_confirmed_by_email_approved_by_a_moderator_then_shown(
    new_context, sign_in, rich_post, moderator
):
    reader = new_context().new_page()
    reader.goto(rich_post.url)
    form = reader.locator("#comment-form")
    form.get_by_role("textbox", name="Nome", exact=True).fill("Beatriz")
    form.get_by_role("textbox", name="E-mail", exact=True).fill("beatriz@example.org")
    form.get_by_role("textbox", name="Comentário", exact=True).fill("Pilates adaptado também ajuda a dor.")
    form.get_by_role("button", name="Enviar comentário").click()
    reader.get_by_role("heading", name="Obrigado pelo seu comentário").wait_for()
    assert "beatriz@example.org" in reader.locator("main").inner_text()

    reader.goto(confirmation_link("beatriz@example.org"))
    reader.get_by_role("button", name="Confirmar meu comentário").click()
    assert "aguarda um moderador" in reader.locator("main").inner_text()
    reader.goto(rich_post.url)
    assert reader.get_by_text("Pilates adaptado").count() == 0  # held until a moderator looks

    staff = sign_in(new_context(locale="en-GB"), moderator).new_page()
    moderation.open_queue(staff)
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        staff.set_viewport_size(size)
        staff.reload()
        save_screenshot(staff, f"moderation-queue-{name}")
    moderation.approve(staff, "Pilates adaptado também ajuda a dor.")
    assert Comment.objects.get(user_email="beatriz@example.org").status == Status.APPROVED

    reader.reload()
    comment = reader.locator(".comment", has_text="Pilates adaptado também ajuda a dor.")
    assert comment.locator(".comment__author").inner_text() == "Beatriz"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_reader_replies_and_the_reply_appears_in_its_thread(
    new_context, sign_in, rich_post, django_user_model, javascript
):
    reader = django_user_model.objects.create_user("leitora", "leitora@example.org", "x", first_name="Carla")
    # Known to the moderators already, so her reply is published at once.
    approved_comment(rich_post, "Meu primeiro comentário.", user=reader, user_name="Carla")
    root = Comment.objects.get(comment__startswith="O exercício leve")
    page = sign_in(new_context(java_script_enabled=javascript), reader).new_page()
    page.goto(rich_post.url)

    page.locator(f"#c{root.pk}").get_by_role("link", name="Responder a Maria").click()
    form = page.locator("#comment-form")
    assert "Responder a Maria" in form.get_by_role("heading").inner_text()
    if javascript:  # the form opens right under the comment, without a page load
        assert page.locator(f"#c{root.pk} + #comment-form").count() == 1
    form.get_by_role("textbox", name="Comentário", exact=True).fill("A hidroginástica foi o que mais me ajudou.")
    form.get_by_role("button", name="Enviar comentário").click()
    page.get_by_role("link", name="Ver na conversa").click()

    reply = Comment.objects.get(comment__startswith="A hidroginástica")
    assert (reply.parent_id, reply.status) == (root.pk, Status.APPROVED)
    thread = page.locator(f"li:has(> #c{root.pk}) > .comment-replies")
    assert thread.locator(f"#c{reply.pk}").inner_text().count("A hidroginástica foi o que mais me ajudou.") == 1
    assert page.evaluate("location.hash") == f"#c{reply.pk}"


def test_reply_form_opened_by_script_can_be_closed_again(page, rich_post):
    root = Comment.objects.get(comment__startswith="O exercício leve")
    page.goto(rich_post.url)
    page.locator(f"#c{root.pk}").get_by_role("link", name="Responder a Maria").click()
    assert page.evaluate("document.activeElement.name") == "comment"
    page.get_by_role("button", name="Cancelar resposta").click()
    form = page.locator("#comment-form")
    assert form.get_by_role("heading").inner_text() == "Deixe um comentário"
    assert form.locator("input[name=reply_to]").input_value() == "0"
    assert page.locator(".comment-list + #comment-form, .comments__empty + #comment-form").count() == 1
    assert page.evaluate("document.activeElement.textContent") == "Responder"


def test_a_moderator_clears_the_queue_from_a_phone(new_context, sign_in, rich_post, moderator):
    held = [held_comment(rich_post, f"Held comment number {number}") for number in range(3)]
    staff = sign_in(new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="en-GB"), moderator).new_page()
    moderation.open_queue(staff)
    # Nothing to scroll sideways for, and every row's Approve button lies within the screen.
    assert staff.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for comment in held:
        box = staff.locator(f'form[action$="/{comment.pk}/act/approve/"] button').bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    for comment in held:
        moderation.approve(staff, comment.comment)
    assert not Comment.objects.filter(status=Status.PENDING).exists()
