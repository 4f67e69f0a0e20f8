from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Who does what in the admin: the Editors, Moderators and Clinical reviewers roles, and the
    clinical review every post passes before it goes live."""

    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from django.db.models.signals import post_save

        from blog.models import BlogIndexPage

        from .review import assign_clinical_review

        post_save.connect(assign_clinical_review, sender=BlogIndexPage, dispatch_uid="editorial.new_blog_index")
