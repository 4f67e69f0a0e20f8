"""Reader-facing addresses of the blog that live outside the page tree."""

urlpatterns = []
