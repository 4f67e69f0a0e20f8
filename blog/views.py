"""Responses of the blog that are not page templates: reference downloads and robots.txt."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.generic import TemplateView

from .citation_formats import export_filename, ordered_references
from .sites import absolute_url


def serve_reference_export(post, export):
    """A post's references as a download in one ExportFormat; Http404 when it cites nothing."""
    references = ordered_references(post.body, post.references)
    if not references:
        raise Http404("This post has no references.")
    response = HttpResponse(export.render(references), content_type=export.content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=export_filename(post.slug, export.extension)
    )
    # The post page is the address to find; the file only repeats its reference list.
    response["X-Robots-Tag"] = "noindex"
    return response


class RobotsView(TemplateView):
    template_name = "blog/robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sitemap_url"] = absolute_url(self.request, reverse("blog:sitemap"))
        return context
