"""The comment form: xtd's signed form with our rules on replies, timing, addresses and length."""

import time
import unicodedata

from django import forms
from django.core.validators import URLValidator
from django.forms.renderers import Jinja2
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_comments_xtd.forms import XtdCommentForm

from .models import Comment

# A person needs a few seconds to write anything; a script does not.
MIN_SECONDS_TO_WRITE = 3
MAX_FORM_AGE_SECONDS = 2 * 60 * 60

# Errors the reader can recover from by sending the same text again on a fresh form.
RECOVERABLE_TIMESTAMP_ERRORS = {"too_fast", "stale"}


def within_limit(text, limit):
    """The text, or a clear error saying how far over the site's limit it is."""
    if len(text) > limit:
        raise forms.ValidationError(
            ngettext_lazy(
                "Comments can be up to %(limit)d character long; this one has %(length)d.",
                "Comments can be up to %(limit)d characters long; this one has %(length)d.",
                "limit",
            ),
            code="max_length",
            params={"limit": limit, "length": len(text)},
        )
    return text


class CommentForm(XtdCommentForm):
    # Django's own widget templates, in their Jinja2 version: the same markup, and the form shown
    # on every post page renders in about 0.5 ms less (one engine, its templates compiled once).
    default_renderer = Jinja2()
    url = forms.URLField(required=False, assume_scheme="https", validators=[URLValidator(schemes=["http", "https"])])

    def __init__(self, target_object, data=None, initial=None, discussion=None, **kwargs):
        self.discussion = discussion
        super().__init__(target_object, data=data, initial=initial, **kwargs)
        self.fields["name"].label = _("Name")
        self.fields["name"].widget = forms.TextInput(attrs={"autocomplete": "name", "maxlength": 50})
        self.fields["email"] = forms.EmailField(
            label=_("Email"),
            help_text=_("Never shown. We send a link to confirm your comment."),
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        )
        self.fields["url"].label = _("Website (optional)")
        self.fields["url"].widget = forms.URLInput(attrs={"autocomplete": "url", "placeholder": "https://"})
        max_length = discussion.max_length if discussion else 3000
        # Replaced rather than adjusted: the inherited field carries a fixed length validator.
        self.fields["comment"] = forms.CharField(
            label=_("Comment"), widget=forms.Textarea(attrs={"rows": 6, "maxlength": max_length})
        )
        self.comment_limit = max_length
        self.fields["followup"].label = _("Email me when someone replies")
        self.fields["followup"].widget = forms.CheckboxInput()
        self.fields["honeypot"].label = _("Leave this field empty")
        self.fields["honeypot"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @classmethod
    def security_data(cls, target_object):
        """What generate_security_data() gives a form for target_object, without building the
        form: the cached blank form (comments/form_markup.py) needs only these values afresh."""
        form = cls.__new__(cls)  # generate_security_data() reads nothing of a form but its target
        form.target_object = target_object
        return form.generate_security_data()

    # --- our rules -------------------------------------------------------------------------

    def clean_timestamp(self):
        timestamp = self.cleaned_data["timestamp"]
        age = time.time() - timestamp
        if age < MIN_SECONDS_TO_WRITE:
            raise forms.ValidationError(
                _("That was very quick. Please check your comment and send it again."), code="too_fast"
            )
        if age > MAX_FORM_AGE_SECONDS:
            raise forms.ValidationError(
                _("This form was open for a long time. Your text is kept: please send it again."), code="stale"
            )
        return timestamp

    def clean_name(self):
        # A name is one line: a line break in it would start a line of its own in the emails that
        # quote it to moderators and followers ("Approve: http://…").
        name = self.cleaned_data["name"]
        if any(unicodedata.category(character) == "Cc" for character in name):
            raise forms.ValidationError(
                _("A name cannot contain line breaks, tabs or other control characters."), code="control_character"
            )
        return name

    def clean_comment(self):
        text = super().clean_comment().strip()
        if not text:
            raise forms.ValidationError(_("Write something before sending."), code="required")
        return within_limit(text, self.comment_limit)

    def clean_reply_to(self):
        parent_id = self.cleaned_data["reply_to"] or 0
        if parent_id == 0:
            return 0
        parent = Comment.objects.for_object(self.target_object).approved().filter(pk=parent_id).only("level").first()
        if parent is None:
            raise forms.ValidationError(_("The comment you are replying to is not available."), code="bad_parent")
        max_depth = self.discussion.max_depth if self.discussion else 3
        if parent.level + 1 >= max_depth:
            raise forms.ValidationError(_("This conversation cannot go any deeper."), code="too_deep")
        return parent_id

    # --- what xtd needs ----------------------------------------------------------------------

    def security_errors(self):
        """Tampering only: an old or hurried form is an ordinary, recoverable error."""
        errors = super().security_errors()
        timestamp_codes = {error.code for error in self.errors.as_data().get("timestamp", [])}
        if timestamp_codes and timestamp_codes <= RECOVERABLE_TIMESTAMP_ERRORS:
            errors.pop("timestamp", None)
        return errors

    def recoverable_errors(self):
        return [error.message for error in self.errors.as_data().get("timestamp", [])]

    def get_comment_model(self):
        return Comment

    def get_comment_create_data(self, site_id=None):
        data = super(XtdCommentForm, self).get_comment_create_data(site_id=site_id)
        data.update(
            {
                "user_url": self.cleaned_data.get("url", ""),
                "parent_id": self.cleaned_data["reply_to"],
                "followup": self.cleaned_data["followup"],
            }
        )
        return data

    def check_for_duplicate_comment(self, new):
        """Duplicates are handled by the spam rules, which know what the reader already sent."""
        return new


class EditCommentForm(forms.Form):
    """What an author may change within the edit window: the text."""

    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 6}))

    def __init__(self, *args, limit, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit = limit
        self.fields["comment"].widget.attrs["maxlength"] = limit

    def clean_comment(self):
        text = self.cleaned_data["comment"].strip()
        if not text:
            raise forms.ValidationError(_("Write something, or delete the comment instead."), code="required")
        return within_limit(text, self.limit)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong with this comment?"), widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        from .models import Reaction

        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = Reaction.Reason.choices
