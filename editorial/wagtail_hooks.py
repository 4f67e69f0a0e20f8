from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .review import REVIEW_ACTION


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    @actions.register_action(REVIEW_ACTION)
    class ClinicalReview(LogFormatter):
        label = _("Clinical review")

        def format_message(self, log_entry):
            try:
                return _("Clinically reviewed by %(reviewer)s on %(date)s; next review due %(next)s") % {
                    "reviewer": log_entry.data["reviewer"],
                    "date": log_entry.data["reviewed"],
                    "next": log_entry.data["next_review"],
                }
            except KeyError:
                return _("Clinically reviewed")
