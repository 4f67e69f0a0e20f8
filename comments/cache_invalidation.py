"""A comment or a reaction that changes alters its post's page (thread, counts) and the listings
of the post's index (comment counts on cards). Connected in CommentsConfig.ready().
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page

from blog.cache_invalidation import everything_changed
from blog.page_cache import bump_generation, generation, page_changed

# Moves on any change to any comment or reaction: the moderation queue's counts are cached under it.
COMMENTS_GENERATION = "comments:generation"


def comments_generation():
    return generation(COMMENTS_GENERATION)


def post_of(comment):
    return Page.objects.filter(pk=comment.object_pk).only("pk", "path", "depth").first()


def comment_changed(sender, instance, **kwargs):
    bump_generation(COMMENTS_GENERATION)
    post = post_of(instance)
    if post:
        page_changed(post)


def reaction_changed(sender, instance, **kwargs):
    comment_changed(sender, instance.comment)


def connect():
    from .models import Comment, DiscussionSettings, Reaction

    post_save.connect(comment_changed, sender=Comment, dispatch_uid="page_cache_comment_saved")
    post_delete.connect(comment_changed, sender=Comment, dispatch_uid="page_cache_comment_deleted")
    post_save.connect(reaction_changed, sender=Reaction, dispatch_uid="page_cache_reaction_saved")
    post_delete.connect(reaction_changed, sender=Reaction, dispatch_uid="page_cache_reaction_deleted")
    post_save.connect(everything_changed, sender=DiscussionSettings, dispatch_uid="page_cache_discussion_settings")
