"""The stored choice of each post's related posts and neighbours, and when it must be made again.

Choosing a post's related posts (BlogPageQuerySet.choose_related()) scores nearly every post of
its index. The choice is stored with the number of RelatedPostsVersion at the time, and that
number moves whenever a change could alter any post's choice: a page published (new posts, new
dates, conditions, tags and pins all arrive this way), unpublished, moved or deleted, a privacy
restriction added or removed, a condition or tag deleted. A stored choice under an older number
is ignored and made again on the next read.

The number moves inside the transaction that makes the change: a choice made from the old rows
reads the old number first, so it is stored as already out of date.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_ROW = 1


def current_version():
    from .models import RelatedPostsVersion

    number = RelatedPostsVersion.objects.filter(pk=VERSION_ROW).values_list("number", flat=True).first()
    if number is None:
        try:
            with transaction.atomic():
                RelatedPostsVersion.objects.create(pk=VERSION_ROW, number=0)
        except IntegrityError:  # created meanwhile by another request
            pass
        number = RelatedPostsVersion.objects.get(pk=VERSION_ROW).number
    return number


def store_choice(post, surroundings, version):
    """Keep `surroundings` (PostSurroundings) as the choice for `post` under `version` (another
    request may store the same).

    A choice of nothing is kept too, as one row naming no post, so that it is not made again on
    every read.
    """
    from .models import StoredRelatedPost

    Role = StoredRelatedPost.Role
    chosen = {
        Role.PREVIOUS: [surroundings.previous],
        Role.NEXT: [surroundings.next],
        Role.RELATED: surroundings.related,
    }
    with transaction.atomic():
        StoredRelatedPost.objects.filter(post=post).delete()
        StoredRelatedPost.objects.bulk_create(
            [
                StoredRelatedPost(post=post, role=role, related=other, position=position, version=version)
                for role, posts in chosen.items()
                for position, other in enumerate(posts or [None])
            ],
            ignore_conflicts=True,
        )


def published_posts_changed(**kwargs):
    from .models import RelatedPostsVersion

    if not RelatedPostsVersion.objects.filter(pk=VERSION_ROW).update(number=F("number") + 1):
        current_version()
        RelatedPostsVersion.objects.filter(pk=VERSION_ROW).update(number=F("number") + 1)


def connect():
    from .models import Condition

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(published_posts_changed, dispatch_uid=f"related_posts_{id(signal)}")
    post_save.connect(published_posts_changed, sender=PageViewRestriction, dispatch_uid="related_posts_restricted")
    for model in (Page, PageViewRestriction, Condition, Tag):
        post_delete.connect(published_posts_changed, sender=model, dispatch_uid=f"related_posts_{model.__name__}_gone")
