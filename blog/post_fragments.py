"""A post page's two cached fragments, its head and its article: what each one is cached under.

blog_page.html caches them with {% cache %} under these values. Naming them here, rather than in
the template, lets the page read both fragments ahead together with its comment list, in one
round trip (zebramedic/cache_read_ahead.py).
"""

from django.core.cache.utils import make_template_fragment_key
from django.utils import timezone
from django.utils.translation import get_language

from .page_cache import content_generation


def fragment_values(page, thread):
    """{fragment name: what it is cached under}: the post, the content generation, the language and
    today's date (both parts cite the post as read today); the article shows the comment count too."""
    shared = f"{page.pk}:{content_generation()}:{get_language()}:{timezone.localdate():%Y%m%d}"
    return {"post_head": shared, "post_article": f"{shared}:{thread.total}"}


def fragment_keys(values):
    """The cache keys {% cache %} reads for `values`."""
    return [make_template_fragment_key(name, [value]) for name, value in values.items()]
