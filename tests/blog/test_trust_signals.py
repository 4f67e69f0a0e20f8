"""Trust signals on a post: disclaimer, publisher blurb, review line; the editors' "Reviews due" report."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text

from blog.models import PublisherSettings
from blog.review_report import due_label


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def publisher(home):
    settings, _ = PublisherSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))
    return settings


def disclaimer_text(client, post):
    return soup(client.get(post.url)).select_one("aside.disclaimer").get_text(" ", strip=True)


def test_standard_disclaimer_when_the_site_sets_none(client, make_post):
    assert "não é um diagnóstico" in disclaimer_text(client, make_post())


def test_site_disclaimer_is_editable_and_a_post_can_override_it(client, make_post, publisher):
    publisher.disclaimer = "<p>Site-wide: ask your own doctor.</p>"
    publisher.save()
    ordinary = make_post()
    own = make_post(disclaimer="<p>This post discusses an off-label use.</p>")
    assert disclaimer_text(client, ordinary) == "Site-wide: ask your own doctor."
    assert disclaimer_text(client, own) == "This post discusses an off-label use."


def test_publisher_blurb_follows_each_post(client, make_post, publisher):
    post = make_post()
    assert soup(client.get(post.url)).select_one("aside.publisher") is None
    publisher.blurb = "<p>We are patients and clinicians writing <b>together</b>.</p>"
    publisher.save()
    blurb = soup(client.get(post.url)).select_one("aside.publisher")
    assert blurb.h2.get_text(strip=True) == "Sobre ZebraMedic"
    assert blurb.b.get_text() == "together"
    # After the post's own text and its references, before readers' comments.
    html = client.get(post.url).content.decode()
    assert html.index('class="post-body"') < html.index('class="publisher"') < html.index('id="comentarios"')


def test_publisher_settings_are_edited_in_the_wagtail_admin(admin_client, home, publisher):
    url = reverse("wagtailsettings:edit", args=["blog", "publishersettings", publisher.site_id])
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "disclaimer": rich_text("<p>Read this first.</p>"),
            "blurb": rich_text("<p>Independent since 2026.</p>"),
            "logo": "",
            "share_image": "",
            "share_image_alt": "",
            "social_handle": "@zebra medic",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert "social_handle" in response.context["form"].errors
    data["social_handle"] = "@zebramedic"
    assert admin_client.post(url, data).status_code == 302
    publisher.refresh_from_db()
    assert publisher.social_handle == "@zebramedic"
    assert "Read this first." in publisher.disclaimer


def test_review_line_names_reviewer_with_credentials_and_dates(client, make_post, reviewer):
    post = make_post(
        reviewer=reviewer, last_reviewed=datetime.date(2026, 3, 2), next_review_due=datetime.date(2027, 3, 2)
    )
    line = soup(client.get(post.url)).select_one(".review").get_text(" ", strip=True)
    assert "Carlos Lima, MD" in line
    assert "2 de março de 2026" in line.lower()
    assert "próxima revisão prevista para 2 de março de 2027" in line.lower()


# --- The "Reviews due" report ----------------------------------------------------------------

REPORT_URL = reverse("blog_reviews_due")


@pytest.fixture
def due_posts(make_post, reviewer):
    today = timezone.localdate()

    def post(title, days, **fields):
        return make_post(
            title=title,
            reviewer=reviewer,
            last_reviewed=today - datetime.timedelta(days=400),
            next_review_due=today + datetime.timedelta(days=days) if days is not None else None,
            **fields,
        )

    return {
        "overdue": post("Overdue post", -10),
        "soon": post("Due soon", 12),
        "edge": post("Due in thirty days", 30),
        "later": post("Due later", 31),
        "never": post("No review date", None),
        "draft": post("Draft overdue", -3, publish=False),
    }


def report_titles(response):
    html = soup(response)
    return [cell.get_text(" ", strip=True) for cell in html.select("table tbody tr td.title a")]


def test_report_lists_overdue_and_soon_due_posts_most_overdue_first(admin_client, due_posts):
    titles = report_titles(admin_client.get(REPORT_URL))
    assert titles == ["Overdue post", "Draft overdue", "Due soon", "Due in thirty days"]


def test_report_says_how_late_or_how_soon(admin_client, due_posts):
    text = soup(admin_client.get(REPORT_URL)).get_text(" ", strip=True)
    assert "atrasada há 10 dias" in text
    assert "vence em 12 dias" in text


def test_due_label(make_post):
    today = datetime.date(2026, 11, 24)

    class Post:
        next_review_due = today

    assert due_label(Post, today).endswith("vence hoje")


def test_report_exports_csv(admin_client, due_posts):
    response = admin_client.get(REPORT_URL + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert [row[0] for row in rows[1:]] == ["Overdue post", "Draft overdue", "Due soon", "Due in thirty days"]


def test_report_is_in_the_reports_menu(admin_client, due_posts):
    assert REPORT_URL in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_is_for_editors_only(client, django_user_model, due_posts, home):
    user = django_user_model.objects.create_user("moderator", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(REPORT_URL).status_code in (302, 403)
    assert REPORT_URL not in client.get(reverse("wagtailadmin_home")).content.decode()

    editors = Group.objects.create(name="Test editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=home, permission=Permission.objects.get(codename="change_page")
    )
    user.user_permissions.clear()
    user.groups.add(editors)
    assert report_titles(client.get(REPORT_URL)) == ["Overdue post", "Draft overdue", "Due soon", "Due in thirty days"]
