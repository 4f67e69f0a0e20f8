from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Condition, Person
from .page_cache import remember_page
from .page_editing import PostViewSet
from .review_report import ReviewsDueView, reviews_due_menu_item


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "credentials", "role"]
    search_fields = ["name", "role"]


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "tag"
    menu_label = _("Conditions")
    list_display = ["name", "slug"]


class BlogSnippets(SnippetViewSetGroup):
    items = (PersonViewSet, ConditionViewSet)
    menu_icon = "doc-full"
    menu_label = _("Blog")
    menu_name = "blog"


register_snippet(BlogSnippets)


@hooks.register("register_admin_urls")
def review_report_urls():
    results = ReviewsDueView.as_view(results_only=True)
    return [
        path("reports/reviews-due/", ReviewsDueView.as_view(), name="blog_reviews_due"),
        path("reports/reviews-due/results/", results, name="blog_reviews_due_results"),
    ]


hooks.register("register_reports_menu_item", reviews_due_menu_item)

hooks.register("before_serve_page", remember_page)


@hooks.register("register_admin_viewset")
def post_editor():
    return PostViewSet("blog_posts")
