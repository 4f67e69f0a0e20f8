"""The Comentários section's data: comments with a moderation status, and per-site discussion rules."""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import MaxThreadLevelExceededException, XtdComment, max_thread_level_for_content_type
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting

from blog.cached_settings import CachedSiteSetting

from . import markup


class Status(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Awaiting email confirmation")
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    SPAM = "spam", _("Spam")
    TRASH = "trash", _("Trash")


# Comments a reader can no longer see, and that moderators keep apart from the queue.
REMOVED = (Status.SPAM, Status.TRASH)


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Status.APPROVED)

    def pending(self):
        return self.filter(status=Status.PENDING)

    def flagged(self):
        """Comments readers flagged since a moderator last looked at them, still on show or held."""
        return self.exclude(status__in=REMOVED).filter(is_flagged())

    def by_email(self, email):
        """Everything written with an address: as a guest, or signed in with that address."""
        return self.filter(Q(user_email__iexact=email) | Q(user__email__iexact=email))

    def for_object(self, obj):
        from django.contrib.contenttypes.models import ContentType

        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_pk=str(obj.pk))


class Comment(XtdComment):
    """A reader's comment. ``status`` is the truth; xtd's is_public/is_removed follow it."""

    # Wagtail's reference index records what editorial content uses (images, snippets, pages);
    # a comment points only at its post, user and site, and indexing it queued a task per save.
    wagtail_reference_index_ignore = True

    # Named explicitly: the default reverse name, "comment", is taken by the comment text.
    xtdcomment_ptr = models.OneToOneField(
        XtdComment, on_delete=models.CASCADE, parent_link=True, primary_key=True, related_name="reader_comment"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    # Where "restore" takes a comment back to from the trash.
    previous_status = models.CharField(_("status before the trash"), max_length=12, choices=Status.choices, blank=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    # When a moderator last decided on the comment: reader flags older than this are dealt with.
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    # Counts moderators' decisions; a one-click link names the count it was made for, so it works once.
    moderation_count = models.PositiveIntegerField(default=0, editable=False)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    # Rendered once when saved, so that showing a thread costs no Markdown parsing.
    comment_html = models.TextField(_("comment as shown"), blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [
            models.Index(fields=["status"], name="comment_status"),
            models.Index(fields=["status", "status_changed_at"], name="comment_status_changed"),
        ]
        permissions = [
            ("moderate_comment", "Can moderate comments"),
            ("privacy_comment", "Can export and erase a commenter's data"),
        ]

    def __str__(self):
        # Audit log entries keep this label after a comment is erased: no name, address or text in it.
        return _("Comment #%(id)s") % {"id": self.pk}

    def set_status(self, status, now=None):
        """Move to a status, remembering where a comment in the trash came from."""
        if status == self.status:
            return
        if status == Status.TRASH:
            self.previous_status = self.status
        self.status = status
        self.status_changed_at = now or timezone.now()

    def editable_until(self, discussion):
        return self.submit_date + discussion.edit_window()

    def can_be_edited(self, discussion, now=None):
        return self.status not in (Status.SPAM, Status.TRASH) and (now or timezone.now()) < self.editable_until(
            discussion
        )

    def save(self, *args, **kwargs):
        self.comment_html = markup.render(self.comment)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "comment_html"}
            # The flags follow the status wherever it is saved: listings count is_public.
            if "status" in kwargs["update_fields"]:
                kwargs["update_fields"] |= {"is_public", "is_removed"}
        self.is_public = self.status == Status.APPROVED
        self.is_removed = self.status in (Status.SPAM, Status.TRASH)
        if self.pk is None and self.parent_id:
            # xtd computes a reply's place in the thread as Max(order) + 1 with no lock: two replies
            # at once would share a place. Locking the thread's first comment serialises them.
            with transaction.atomic():
                parent = XtdComment.norel_objects.only("thread_id").get(pk=self.parent_id)
                XtdComment.norel_objects.select_for_update().filter(pk=parent.thread_id).first()
                self._insert(*args, **kwargs)
        elif self.pk is None:
            self._insert(*args, **kwargs)
        else:
            super().save(*args, **kwargs)

    def _insert(self, *args, **kwargs):
        """XtdComment.save() for a new comment, with its place in the thread written in one UPDATE.

        xtd inserts the comment, works out its thread, parent, level and order, then saves the whole
        comment again: three UPDATEs of every column, and a second run of xtd's pre_save handler,
        which looks for replies to publish or withdraw that a new comment cannot have yet. That was
        six queries of the sixteen a posted comment costs; the UPDATE below is one.
        """
        super(XtdComment, self).save(*args, **kwargs)  # the rows of a new comment, as xtd inserts them
        if not self.parent_id:
            self.parent_id = self.thread_id = self.pk
        elif max_thread_level_for_content_type(self.content_type):
            self._calculate_thread_data()
        else:
            raise MaxThreadLevelExceededException(self)
        place = {"thread_id": self.thread_id, "parent_id": self.parent_id, "level": self.level, "order": self.order}
        XtdComment.norel_objects.filter(pk=self.pk).update(**place)


def commenter_name(user):
    """The name an account's comments go under: the one its comment form says it comments as."""
    return user.get_full_name() or user.get_username()


class Reaction(models.Model):
    """A reader's like of a comment, or a flag asking moderators to look at it."""

    class Kind(models.TextChoices):
        LIKE = "like", _("Like")
        FLAG = "flag", _("Flag")

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        UNSAFE = "unsafe", _("Unsafe medical advice")
        ABUSE = "abuse", _("Abusive or disrespectful")
        PRIVACY = "privacy", _("Shares someone's private information")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reactions")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices, blank=True)
    note = models.TextField(_("details"), blank=True, max_length=1000)
    # "user:<id>" for a signed-in reader, else a digest of the anonymous session: one per reader.
    reader_key = models.CharField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "kind", "reader_key"], name="one_reaction_per_reader")
        ]
        indexes = [models.Index(fields=["kind", "created_at"], name="reaction_kind_created")]
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")


def unreviewed_flags():
    """Flags raised since a moderator last looked at their comment."""
    return Reaction.objects.filter(kind=Reaction.Kind.FLAG).filter(
        Q(comment__reviewed_at__isnull=True) | Q(created_at__gt=F("comment__reviewed_at"))
    )


def is_flagged():
    """A condition on comments: one subquery PostgreSQL runs once and hashes, not once per comment."""
    return Q(pk__in=unreviewed_flags().values("comment_id"))


class SpamSender(models.Model):
    """What marking a comment as spam taught the filters: its address and IP are held next time."""

    comment = models.ForeignKey(Comment, on_delete=models.SET_NULL, null=True, related_name="spam_senders")
    email = models.EmailField(_("email"), blank=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True, db_index=True)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("spam sender")
        verbose_name_plural = _("spam senders")

    @classmethod
    def knows(cls, email, ip_address):
        """True when a moderator marked a comment from this address or IP as spam."""
        match = Q(email__iexact=email) if email else Q(pk__in=[])
        if ip_address:
            match |= Q(ip_address=ip_address)
        return cls.objects.filter(match).exists()


class StaffCommentNotices(models.Model):
    """What a member of staff wants to hear about comments, set on their Wagtail account page."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_notices")
    on_my_posts = models.BooleanField(
        _("email me when a comment on my posts is published"),
        default=False,
        help_text=_("For authors whose person entry is linked to this account."),
    )

    class Meta:
        verbose_name = _("comment notices")
        verbose_name_plural = _("comment notices")


@register_setting(icon="comment")
class DiscussionSettings(CachedSiteSetting):
    """How the Comentários section behaves on a site, in the spirit of WordPress's discussion settings."""

    class Moderation(models.TextChoices):
        EVERYTHING = "everything", _("Hold every comment for moderation")
        FIRST_TIME = "first_time", _("Hold comments by first-time commenters")
        NOTHING = "nothing", _("Publish comments without moderation")

    comments_enabled = models.BooleanField(
        _("allow comments on new posts"), default=True, help_text=_("Each post can override this.")
    )
    close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"), default=0, help_text=_("0 keeps comments open for ever.")
    )
    max_depth = models.PositiveSmallIntegerField(
        _("deepest reply level"), default=3, help_text=_("1 allows no replies; 3 allows replies to replies.")
    )
    moderation = models.CharField(
        _("moderation"), max_length=12, choices=Moderation.choices, default=Moderation.FIRST_TIME
    )
    hold_links = models.PositiveSmallIntegerField(
        _("hold comments with this many links"), default=2, help_text=_("0 never holds for links.")
    )
    hold_words = models.TextField(
        _("hold words"), blank=True, help_text=_("One word or phrase a line; a comment containing one is held.")
    )
    block_words = models.TextField(
        _("block words"),
        blank=True,
        help_text=_("One word or phrase a line; a comment containing one is marked as spam."),
    )
    max_length = models.PositiveIntegerField(_("maximum length (characters)"), default=3000)
    edit_window_minutes = models.PositiveIntegerField(_("edit window (minutes)"), default=15)
    unconfirmed_expiry_days = models.PositiveIntegerField(_("delete unconfirmed comments after (days)"), default=7)

    class ModeratorEmails(models.TextChoices):
        EACH = "each", _("An email for each held comment")
        DAILY = "daily", _("One daily digest of held comments")
        NONE = "none", _("No email")

    moderator_emails = models.CharField(
        _("emails to moderators"),
        max_length=8,
        choices=ModeratorEmails.choices,
        default=ModeratorEmails.EACH,
        help_text=_("Sent to the members of the Moderators group, with one-click Approve and Spam links."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("comments_enabled"), FieldRowPanel([FieldPanel("close_after_days"), FieldPanel("max_depth")])],
            heading=_("When readers can comment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("moderation"),
                FieldPanel("moderator_emails"),
                FieldPanel("hold_links"),
                FieldPanel("hold_words"),
                FieldPanel("block_words"),
            ],
            heading=_("Moderation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("max_length"), FieldPanel("edit_window_minutes")]),
                FieldPanel("unconfirmed_expiry_days"),
            ],
            heading=_("Limits"),
        ),
    ]

    class Meta:
        verbose_name = _("discussion settings")

    def edit_window(self):
        return datetime.timedelta(minutes=self.edit_window_minutes)

    @staticmethod
    def word_list(text):
        return [line.strip().lower() for line in text.splitlines() if line.strip()]
