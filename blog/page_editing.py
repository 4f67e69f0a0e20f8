"""Wagtail's page editor for posts, with Publish on a new post safe from the editor's own autosave.

Wagtail 8 saves a new page as a draft once the editor has typed enough (autosave), and from then
on the form posts to that draft's edit view. A Publish that leaves for the create view while this
first autosave is still on its way makes the page a second time: both requests found the slug
free when they checked, and the later one's save raised ValidationError, a 500 for the editor.
That Publish is sent on to the draft the autosave made, with a 307, which browsers follow with
the same form: the edit view publishes what the editor sent, as if the form had already pointed
there. Only a draft that the editor owns and that was never published qualifies; any other clash
of slugs is left to Wagtail, which reports it on the form.
"""

from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

from .models import BlogPage


class PostCreateView(CreateView):
    def post(self, request):
        try:
            return super().post(request)  # the refused save left the tree as it was (add_child() is atomic)
        except ValidationError as error:
            draft = self._autosaved_draft(error)
            if draft is None:
                raise
            return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[draft.pk]), status=307)

    def _autosaved_draft(self, error):
        """The editor's own unpublished page that took this post's slug while it was being saved."""
        if "slug" not in getattr(error, "error_dict", {}) or self.action_name != "publish":
            return None
        return (
            self.page_class.objects.child_of(self.parent_page)
            .filter(slug=self.page.slug, owner=self.request.user, first_published_at__isnull=True)
            .first()
        )


class PostViewSet(PageViewSet):
    model = BlogPage
    add_view_class = PostCreateView
