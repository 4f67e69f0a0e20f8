"""A comment or a reaction that changes alters its post's page (thread, counts) and the listings
of the post's index (comment counts on cards). Connected in CommentsConfig.ready().
"""

from django.db.models.signals import post_delete, post_save

from blog.cache_invalidation import setting_saved
from blog.page_cache import generation, page_changed

# Moves on any change to any comment or reaction: the moderation queue's counts are cached under it.
COMMENTS_GENERATION = "comments:generation"


def comments_generation():
    return generation(COMMENTS_GENERATION)


# Not comments.signals.comment_changed: that is sent by the moderation functions and views only,
# while these model signals see every save, the admin's edit form and scripts included.
def forget_post_pages(sender, instance, **kwargs):
    """Any save or deletion of a comment: no query, the comment names its post."""
    page_changed(int(instance.object_pk), also=[COMMENTS_GENERATION])


def forget_pages_of_reaction(sender, instance, **kwargs):
    forget_post_pages(sender, instance.comment)


def connect():
    from .models import Comment, DiscussionSettings, Reaction

    post_save.connect(forget_post_pages, sender=Comment, dispatch_uid="page_cache_comment_saved")
    post_delete.connect(forget_post_pages, sender=Comment, dispatch_uid="page_cache_comment_deleted")
    post_save.connect(forget_pages_of_reaction, sender=Reaction, dispatch_uid="page_cache_reaction_saved")
    post_delete.connect(forget_pages_of_reaction, sender=Reaction, dispatch_uid="page_cache_reaction_deleted")
    post_save.connect(setting_saved, sender=DiscussionSettings, dispatch_uid="page_cache_discussion_settings")
