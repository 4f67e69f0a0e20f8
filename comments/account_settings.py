"""Authors opt in to comment notices on their own Wagtail account page (Account → Notifications)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from .models import StaffCommentNotices


class CommentNoticesForm(forms.ModelForm):
    class Meta:
        model = StaffCommentNotices
        fields = ["on_my_posts"]


class CommentNoticesPanel(BaseSettingsPanel):
    name = "comment_notices"
    title = _("Comments on my posts")
    tab = notifications_tab
    order = 150
    form_class = CommentNoticesForm

    def is_active(self):
        # Only authors: accounts linked to a person who can be credited on a post.
        from blog.models import Person

        return Person.objects.filter(user=self.user).exists()

    def get_form(self):
        instance = StaffCommentNotices.objects.filter(user=self.user).first() or StaffCommentNotices(user=self.user)
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, instance=instance, prefix=self.name)
