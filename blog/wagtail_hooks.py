from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Condition, Person


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
