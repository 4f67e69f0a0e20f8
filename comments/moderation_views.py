"""The one-click Approve and Spam links in moderators' emails.

GET shows the comment and one button; POST decides. Mail scanners open links, and must not
approve or bin anything. A link works once: any decision on the comment, by anyone, ends it.
"""

from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import moderation, tokens
from .models import Comment

LINK_ACTIONS = ("approve", "spam")


@require_http_methods(["GET", "POST"])
def moderate_link(request, token):
    found = tokens.read_moderation(token)
    if found is None or found["a"] not in LINK_ACTIONS:
        return _problem(request, _("This moderation link is not valid or has expired. Open the queue in the admin."))
    comment = Comment.objects.filter(pk=found["c"]).first()
    moderator = get_user_model().objects.filter(pk=found["u"], is_active=True).first()
    if comment is None or moderator is None or not moderator.has_perm("comments.moderate_comment"):
        return _problem(request, _("This moderation link is not valid or has expired. Open the queue in the admin."))
    action = moderation.ACTIONS[found["a"]]
    context = {"comment": comment, "post": comment.content_object, "action": action}
    if comment.moderation_count != found["v"]:
        return render(request, "comments/moderation/link_used.html", context, status=410)
    if request.method == "POST":
        try:
            comment = moderation.perform(action.name, comment, moderator, request, expected_count=found["v"])
        except moderation.NotApplicable:
            return render(request, "comments/moderation/link_used.html", context, status=410)
        return render(request, "comments/moderation/link_done.html", {**context, "comment": comment})
    return render(request, "comments/moderation/link_confirm.html", context)


def _problem(request, message):
    return render(request, "comments/moderation/link_problem.html", {"message": message}, status=400)
