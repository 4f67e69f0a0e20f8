"""Everything between a reader's POST and a stored comment, and the pages around it."""

import datetime

from django.contrib.sites.shortcuts import get_current_site
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from blog.compiled_queries import CompiledQuery
from blog.models import BlogPage
from operations import faults

from . import notifications, policy, reactions, spam, tokens
from .forms import CommentForm, EditCommentForm, FlagForm
from .ids import parse_id
from .models import Comment, DiscussionSettings, Status, commenter_name
from .selectors import comment_position
from .signals import send_comment_changed
from .tasks import request_confirmation


def bad_request(request, message):
    return render(request, "comments/problem.html", {"message": message}, status=400)


def comment_from_token(token, salt, max_age):
    """The comment a signed link stands for, or None when the link is forged, altered, old or stale."""
    comment_id = tokens.read(token, salt, max_age=max_age)
    return Comment.objects.filter(pk=comment_id).first() if comment_id else None


def comments_open(post, discussion):
    """The post's own choice, else the site's default; old posts close after the site's limit."""
    choice = post.allow_comments
    if choice == BlogPage.AllowComments.CLOSED or (
        choice == BlogPage.AllowComments.SITE_DEFAULT and not discussion.comments_enabled
    ):
        return False
    if discussion.close_after_days:
        return post.date >= timezone.localdate() - datetime.timedelta(days=discussion.close_after_days)
    return True


def _target(data):
    """The live post a comment is for, or None for anything else a form could claim."""
    if data.get("content_type") != "blog.blogpage":
        return None
    object_pk = parse_id(data.get("object_pk", ""))
    if object_pk is None:
        return None
    return _commentable_post.first(pk=object_pk)


# Its body and references are never shown here: not loading them spares decoding their JSON.
_commentable_post = CompiledQuery(
    BlogPage, lambda pk: BlogPage.objects.published().defer_streamfields().filter(pk=pk)[:1]
)


@require_POST
def post_comment(request):
    post = _target(request.POST)
    if post is None:
        return bad_request(request, _("This post does not exist or does not take comments."))
    discussion = DiscussionSettings.for_request(request)
    if not comments_open(post, discussion):
        return bad_request(request, _("Comments on this post are closed."))

    data = request.POST.copy()
    if request.user.is_authenticated:
        data["name"] = data.get("name") or commenter_name(request.user)
        data["email"] = request.user.email or data.get("email", "")
    form = CommentForm(post, data=data, discussion=discussion)
    if form.security_errors():
        return bad_request(request, _("The comment form was altered or is incomplete. Reload the post and try again."))
    reply_errors = {error.code for error in form.errors.as_data().get("reply_to", [])}
    if reply_errors:
        return bad_request(request, form.errors["reply_to"][0])
    if form.errors:
        return render_form_again(request, post, form, discussion)
    if spam.over_rate_limit(request):
        problem = _("You have sent several comments in a short time. Wait a few minutes and send this one again.")
        return render_form_again(request, post, form, discussion, problems=[problem], status=429)

    comment = form.get_comment_object(site_id=get_current_site(request).id)
    address = spam.client_ip(request)
    comment.ip_address = None if address == "unknown" else address
    if request.user.is_authenticated:
        comment.user = request.user
        comment.confirmed_at = timezone.now()
    earlier = spam.duplicate_of(comment)
    if earlier is not None:
        if earlier.user_email.lower() == comment.user_email.lower():
            # The same reader sending twice (a double click, a reload): one comment is enough.
            return redirect("comments:receipt", token=tokens.make(earlier, tokens.RECEIPT_SALT))
        problem = _("This exact comment was already posted on this post today.")
        return render_form_again(request, post, form, discussion, problems=[problem])
    comment.status = policy.status_on_submit(comment, request.user, discussion)
    if comment.status != Status.SPAM and spam.akismet_says_spam(comment, request):
        comment.status = Status.SPAM
    comment.save()
    spam.count_comment(request)
    _announce(comment, request)
    # The worker-killed drill dies here: rows written, transaction not committed (docs/reliability.md).
    faults.inject(request, "comment-saved")
    if comment.status == Status.UNCONFIRMED:
        confirm_url = request.build_absolute_uri(
            reverse("comments:confirm", args=[tokens.make(comment, tokens.CONFIRM_SALT)])
        )
        request_confirmation(comment, confirm_url)
    return redirect("comments:receipt", token=tokens.make(comment, tokens.RECEIPT_SALT))


def _announce(comment, request):
    """After a comment is stored or confirmed: tell whoever needs to know of its status."""
    if comment.status == Status.APPROVED:
        notifications.comment_published(comment, request)
        send_comment_changed(comment)
    elif comment.status == Status.PENDING:
        notifications.comment_held(comment)


def render_form_again(request, post, form, discussion, problems=(), status=200):
    """Show the errors beside the fields, with everything the reader wrote kept."""
    problems = [*form.recoverable_errors(), *problems]
    if problems:
        # A fresh signature so that sending again works; the reader's text stays as it was.
        data = form.data.copy()
        data.update(form.generate_security_data())
        form = CommentForm(post, data=data, discussion=discussion)
        form.is_valid()
        form.non_field_problems = problems
    values = {"post": post, "form": form}
    if request.user.is_authenticated:
        values["commenter"] = commenter_name(request.user)
    return render(request, "comments/form_page.html", values, status=status)


def receipt(request, token):
    """What happens next, for the person who just sent a comment."""
    comment = comment_from_token(token, tokens.RECEIPT_SALT, max_age=datetime.timedelta(days=1))
    if comment is None:
        raise Http404
    discussion = DiscussionSettings.for_request(request)
    context = {"comment": comment, "post": comment.content_object}
    if comment.can_be_edited(discussion):
        context["edit_token"] = edit_token_for(comment)
        context["editable_until"] = comment.editable_until(discussion)
    return render(request, "comments/receipt.html", context)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link from the confirmation email. GET asks; POST confirms (mail scanners only GET)."""
    discussion = DiscussionSettings.for_request(request)
    max_age = datetime.timedelta(days=discussion.unconfirmed_expiry_days)
    comment = comment_from_token(token, tokens.CONFIRM_SALT, max_age=max_age)
    if comment is None:
        return bad_request(
            request, _("This confirmation link is not valid or has expired. You are welcome to comment again.")
        )
    if request.method == "POST" and comment.status == Status.UNCONFIRMED:
        comment.confirmed_at = timezone.now()
        comment.status = policy.status_after_confirmation(comment, discussion)
        comment.save(update_fields=["confirmed_at", "status", "is_public", "is_removed"])
        _announce(comment, request)
        return redirect("comments:receipt", token=tokens.make(comment, tokens.RECEIPT_SALT))
    return render(request, "comments/confirm.html", {"comment": comment, "post": comment.content_object})


def permalink(request, comment_id):
    """A stable address for one comment: the post's thread page that shows it."""
    comment = get_object_or_404(Comment.objects.approved(), pk=comment_id)
    post = comment.content_object
    if post is None or not getattr(post, "live", False):
        raise Http404
    page = comment_position(comment)
    query = f"?comments-page={page}" if page > 1 else ""
    return redirect(f"{post.url}{query}#c{comment.pk}")


@csrf_exempt  # mail clients send RFC 8058 one-click POSTs without a session
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click stops reply notices for one conversation; the link in every notice leads here."""
    found = tokens.read_unsubscribe(token)
    if found is None:
        return bad_request(request, _("This unsubscribe link is not valid."))
    email, thread_id = found
    Comment.objects.filter(thread_id=thread_id, user_email__iexact=email).update(followup=False)
    return render(request, "comments/unsubscribed.html", {"email": email})


def _own_comment(request, token):
    """The comment the visitor may change: by the signed link of a guest, or the signed-in author's own."""
    discussion = DiscussionSettings.for_request(request)
    comment = comment_from_token(token, tokens.EDIT_SALT, max_age=discussion.edit_window())
    if comment is None or not comment.can_be_edited(discussion):
        return None, discussion
    if comment.user_id and comment.user_id != request.user.pk:
        return None, discussion
    return comment, discussion


def edit_token_for(comment):
    return tokens.make(comment, tokens.EDIT_SALT)


@require_http_methods(["GET", "POST"])
def edit(request, token):
    comment, discussion = _own_comment(request, token)
    if comment is None:
        return bad_request(request, _("This comment can no longer be changed: the time to edit it has passed."))
    form = EditCommentForm(request.POST or None, initial={"comment": comment.comment}, limit=discussion.max_length)
    if request.method == "POST" and form.is_valid():
        was_public = comment.status == Status.APPROVED
        comment.comment = form.cleaned_data["comment"]
        if comment.status in (Status.APPROVED, Status.PENDING):
            # New words go through the same rules as the first ones did.
            trusted = bool(comment.user_id and comment.user.is_staff)
            comment.status = policy.status_after_confirmation(comment, discussion, trusted=trusted)
        comment.save()
        if was_public:
            send_comment_changed(comment)  # new words, or held again
        if comment.status == Status.PENDING and was_public:
            notifications.comment_held(comment)
        return redirect("comments:receipt", token=tokens.make(comment, tokens.RECEIPT_SALT))
    return render(
        request,
        "comments/edit.html",
        {"comment": comment, "form": form, "post": comment.content_object, "until": comment.editable_until(discussion)},
    )


@require_POST
def delete(request, token):
    comment, _discussion = _own_comment(request, token)
    if comment is None:
        return bad_request(request, _("This comment can no longer be changed: the time to edit it has passed."))
    was_public = comment.status == Status.APPROVED
    comment.set_status(Status.TRASH)
    comment.save(update_fields=["status", "previous_status", "status_changed_at", "is_public", "is_removed"])
    if was_public:
        send_comment_changed(comment)
    return render(request, "comments/deleted.html", {"post": comment.content_object})


def _visible_comment(comment_id):
    return get_object_or_404(Comment.objects.approved(), pk=comment_id)


@require_POST
def like(request, comment_id):
    comment = _visible_comment(comment_id)
    reactions.toggle_like(comment, request)
    return redirect("comments:permalink", comment_id=comment.pk)


@require_http_methods(["GET", "POST"])
def flag(request, comment_id):
    comment = _visible_comment(comment_id)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reactions.flag(comment, request, form.cleaned_data["reason"], form.cleaned_data["note"])
        return render(request, "comments/flagged.html", {"comment": comment, "post": comment.content_object})
    return render(request, "comments/flag.html", {"comment": comment, "form": form, "post": comment.content_object})
