"""The Comments area of the Wagtail admin: the moderators' queue, a comment in context, edit, reply, privacy."""

import json

from django import forms
from django.contrib.admin.utils import quote
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry

from . import moderation, privacy
from .forms import within_limit
from .models import Comment, DiscussionSettings, Reaction, Status
from .moderation_listing import (
    ALL,
    FLAGGED,
    TABS,
    CommentFilterSet,
    in_tab,
    queue_counts,
    search,
    tab_counts,
    tab_from,
    with_context,
)

PER_PAGE = 25


def policy():
    return policy_registry.get_by_type(Comment)


def can(user, action):
    return policy().user_has_permission(user, action)


def row_actions(comment, flagged):
    """The status changes that make sense for a comment as it is."""
    return [action for action in moderation.ACTIONS.values() if action.applies_to(comment, flagged=flagged)]


class CommentColumn(Column):
    """The comment in context: who wrote it, on which post, what it answers, and what can be done with it."""

    cell_template_name = "comments/admin/comment_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        flagged = bool(instance.open_flags) and instance.status not in (Status.SPAM, Status.TRASH)
        context.update(
            {
                "comment": instance,
                "flagged": flagged,
                "actions": row_actions(instance, flagged),
                "next_url": request.get_full_path(),
                # Cells render with their own context, which holds no CSRF token of its own.
                "csrf_token": get_token(request),
                "show_status": parent_context.get("tab") in (ALL, FLAGGED),
                "can_edit": parent_context.get("can_edit"),
            }
        )
        return context


class CommentIndexView(generic.IndexView):
    any_permission_required = ["moderate"]
    filterset_class = CommentFilterSet
    default_ordering = "-submit_date"
    is_searchable = True
    page_title = gettext_lazy("Comments")
    template_name = "comments/admin/index.html"
    results_template_name = "comments/admin/index_results.html"

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="comment"),
            CommentColumn("comment", label=gettext_lazy("Comment"), sort_key="submit_date"),
        ]

    @cached_property
    def tab(self):
        return tab_from(self.request.GET)

    def get_queryset(self):
        untabbed = self.search_queryset(self.filter_queryset(Comment.objects.all()))
        # The tab counts are the listing's count too: one query gives both, or none for the
        # whole queue, whose counts are cached until a comment changes.
        self.counts = tab_counts(untabbed) if self.is_searching or self.is_filtering else queue_counts()
        return self.order_queryset(with_context(in_tab(untabbed, self.tab)))

    def search_queryset(self, queryset):
        return search(queryset, self.search_query) if self.is_searching else queryset

    def order_queryset(self, queryset):
        ordering = self.ordering or self.default_ordering
        return queryset.order_by(ordering, "-pk" if ordering.startswith("-") else "pk")

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        paginator.count = self.counts[self.tab]  # Paginator.count is a cached property: no COUNT query
        return paginator

    def get_add_url(self):
        return None

    def get_header_more_buttons(self):
        buttons = []
        if can(self.request.user, "privacy"):
            buttons.append(
                HeaderButton(_("Privacy requests"), url=reverse("comment_moderation:privacy"), icon_name="lock")
            )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = self.counts
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        query.pop("_w_filter_fragment", None)
        tabs = []
        for value, label in TABS:
            query["status"] = value
            tabs.append(
                {"value": value, "label": label, "count": counts[value], "url": f"{self.index_url}?{query.urlencode()}"}
            )
        context.update(
            {
                "tabs": tabs,
                "tab": self.tab,
                "can_edit": can(self.request.user, "change"),
                "action_url_name": "comment_moderation:act",
            }
        )
        return context


class NoSuchView(View):
    """Comments are written by readers and removed through the trash or a privacy request, not here."""

    def dispatch(self, request, *args, **kwargs):
        raise Http404


class CommentEditView(generic.EditView):
    """Moderators change a comment's words (a phone number, unsafe advice); its status stays as it is."""

    def get_form_class(self):
        form_class = super().get_form_class()
        form_class.base_fields["comment"].widget.attrs.update({"rows": 10})
        return form_class

    def save_instance(self):
        return moderation.edit(self.object, self.form.cleaned_data["comment"], self.request.user)

    def get_success_url(self):
        return reverse("comment_moderation:inspect", args=[quote(self.object.pk)])


class CommentInspectView(generic.InspectView):
    """A comment in its context: the post, what it answers, the replies, the flags, the author's record."""

    any_permission_required = ["moderate"]
    template_name = "comments/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(with_context(Comment.objects.all()), pk=self.pk)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.object
        flags = list(Reaction.objects.filter(comment=comment, kind=Reaction.Kind.FLAG).order_by("-created_at")[:50])
        open_flags = comment.open_flags and comment.status not in (Status.SPAM, Status.TRASH)
        record = Comment.objects.by_email(comment.user_email).exclude(pk=comment.pk) if comment.user_email else None
        context.update(
            {
                "comment": comment,
                "parent": Comment.objects.filter(pk=comment.parent_id).first() if comment.level else None,
                "replies": Comment.objects.filter(parent_id=comment.pk)
                .exclude(pk=comment.pk)
                .order_by("submit_date")[:20],
                "flags": flags,
                "flagged": bool(open_flags),
                "actions": row_actions(comment, bool(open_flags)),
                "author_record": tab_counts(record) if record is not None else None,
                "can_edit": can(self.request.user, "change"),
                "next_url": self.request.get_full_path(),
                "history_url": reverse("comment_moderation:history", args=[quote(comment.pk)]),
            }
        )
        return context


class ActionView(View):
    """POST one status change from a row or the comment's page; the moderation functions do the work."""

    def post(self, request, pk, action):
        if not can(request.user, "moderate"):
            return permission_denied(request)
        if action not in moderation.ACTIONS:
            raise Http404
        comment = get_object_or_404(Comment, pk=pk)
        try:
            moderation.perform(action, comment, request.user, request)
        except moderation.NotApplicable:
            messages.error(request, _("That action does not apply to this comment any more."))
        else:
            messages.success(request, moderation.ACTIONS[action].done)
        return redirect(_next_url(request) or reverse("comment_moderation:index"))


class ReplyForm(forms.Form):
    comment = forms.CharField(label=gettext_lazy("Your reply"), widget=forms.Textarea(attrs={"rows": 6}))

    def __init__(self, *args, limit, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit = limit

    def clean_comment(self):
        text = self.cleaned_data["comment"].strip()
        if not text:
            raise forms.ValidationError(_("Write something before sending."), code="required")
        return within_limit(text, self.limit)


class ReplyView(View):
    """Answer a reader under the staff member's name; the reply is published at once."""

    template_name = "comments/admin/reply.html"

    def dispatch(self, request, pk):
        if not can(request.user, "moderate"):
            return permission_denied(request)
        self.comment = get_object_or_404(with_context(Comment.objects.all()), pk=pk)
        if self.comment.status not in (Status.APPROVED, Status.PENDING, Status.UNCONFIRMED):
            messages.error(request, _("Restore this comment before replying to it."))
            return redirect(reverse("comment_moderation:inspect", args=[pk]))
        return super().dispatch(request, pk)

    def get(self, request, pk):
        return self.render(ReplyForm(limit=self.limit()))

    def post(self, request, pk):
        form = ReplyForm(request.POST, limit=self.limit())
        if not form.is_valid():
            return self.render(form)
        try:
            moderation.reply_as_staff(self.comment, form.cleaned_data["comment"], request.user, request)
        except moderation.NotApplicable:
            messages.error(request, _("That action does not apply to this comment any more."))
        else:
            messages.success(request, _("Reply published."))
        return redirect(_next_url(request) or reverse("comment_moderation:index"))

    def limit(self):
        return DiscussionSettings.for_request(self.request).max_length

    def render(self, form):
        context = {
            "comment": self.comment,
            "form": form,
            "next_url": _next_url(self.request) or "",
            "page_title": _("Reply as staff"),
            "header_icon": "comment",
        }
        return TemplateResponse(self.request, self.template_name, context)


class PrivacyForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("The commenter's email address"))
    mode = forms.ChoiceField(
        label=gettext_lazy("Erase how"),
        choices=privacy.MODES,
        initial=privacy.ANONYMISE,
        widget=forms.RadioSelect,
        required=False,
    )
    confirm = forms.BooleanField(label=gettext_lazy("I understand that erasing cannot be undone"), required=False)


class PrivacyView(View):
    """A reader's data request: export every comment written with an address, or erase them."""

    template_name = "comments/admin/privacy.html"

    def dispatch(self, request, *args, **kwargs):
        if not can(request.user, "privacy"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = PrivacyForm(request.GET or None)
        found = None
        if form.is_valid():
            found = privacy.summary(form.cleaned_data["email"])
        return self.render(form, found)

    def post(self, request):
        form = PrivacyForm(request.POST)
        if not form.is_valid():
            return self.render(form, None)
        email = form.cleaned_data["email"]
        if "export" in request.POST:
            data = privacy.export(email, user=request.user)
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
            )
            stamp = timezone.now().strftime("%Y%m%d")
            response["Content-Disposition"] = f'attachment; filename="comments-{stamp}.json"'
            return response
        if not form.cleaned_data["confirm"]:
            form.add_error("confirm", _("Tick this box to erase."))
            return self.render(form, privacy.summary(email))
        mode = form.cleaned_data["mode"] or privacy.ANONYMISE
        count = privacy.erase(email, mode, user=request.user)
        messages.success(request, _("%(count)d comment(s) erased.") % {"count": count})
        return redirect(reverse("comment_moderation:privacy"))

    def render(self, form, found):
        context = {"form": form, "found": found, "page_title": _("Privacy requests"), "header_icon": "lock"}
        return TemplateResponse(self.request, self.template_name, context)


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return None


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = gettext_lazy("Comments")
    menu_order = 250
    add_to_admin_menu = True
    form_fields = ["comment"]
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    inspect_view_class = CommentInspectView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = PER_PAGE

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(add_url_name=None, delete_url_name=None)
        return view_kwargs

    def get_history_view_kwargs(self, **kwargs):
        return super().get_history_view_kwargs(any_permission_required=["moderate"], **kwargs)

    @property
    def add_view(self):
        return NoSuchView.as_view()

    @property
    def delete_view(self):
        return NoSuchView.as_view()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/act/<str:action>/", ActionView.as_view(), name="act"),
            path("<int:pk>/reply/", ReplyView.as_view(), name="reply"),
            path("privacy/", PrivacyView.as_view(), name="privacy"),
        ]
