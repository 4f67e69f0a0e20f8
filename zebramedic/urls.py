from django.conf import settings
from django.conf.urls.static import static
from django.db import transaction
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from blog.api import api_router
from blog.page_serving import serve_page

# While the database is unreachable readers get a 503 asking them to come back, not a 500.
handler500 = "operations.unavailable.server_error"
# A body over Django's size limits is a 413 with a page, not a bare 400.
handler400 = "security.request_size.bad_request"

urlpatterns = [
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A forged language switch changes nothing but the language; exempt, the switcher needs no
    # per-reader token and pages without other forms stay cacheable by a CDN.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("comentarios/", include("comments.urls")),
    path("api/v2/", api_router.urls),
    path("", include("blog.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree answers every URL not matched above, so it comes last. Reading a page writes
# nothing that must be all-or-nothing (at most a new image rendition), so page views run outside
# ATOMIC_REQUESTS' transaction: two statements fewer on every page.
urlpatterns += [
    re_path(wagtail_urls.serve_pattern, transaction.non_atomic_requests(serve_page), name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
