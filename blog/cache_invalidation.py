"""When cached pages must be forgotten: editorial events flush every page, since any page may show
what changed (titles in listings, related posts and previous/next links, bylines, settings).

Connected in BlogConfig.ready(). Comment events, which concern one page, are in comments/.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import privacy_changed, site_changed
from .sites import forget_sites


def everything_changed(**kwargs):
    site_changed()


# Wagtail fills these in on an image's first use, from whatever request uses it: nothing shown.
IMAGE_BOOKKEEPING = {"file_size", "file_hash"}


def image_saved(update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= IMAGE_BOOKKEEPING:
        return
    site_changed()


def setting_saved(instance, created=False, **kwargs):
    # Wagtail creates a site's settings row on its first read (BaseSiteSetting.for_site()), holding
    # the defaults that every page showed while there was none: flushing then would cost a new
    # site every cached page and fragment on its first readers, and change nothing they see.
    if created and holds_only_defaults(instance):
        return
    site_changed()


def holds_only_defaults(instance):
    return all(
        field.value_from_object(instance) == field.get_default()
        for field in instance._meta.concrete_fields
        if not (field.primary_key or field.is_relation and field.name == "site")
    )


def restriction_changed(instance, **kwargs):
    privacy_changed(instance.page_id)


def connect():
    from .models import Condition, Person, PublisherSettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(everything_changed, dispatch_uid=f"page_cache_{id(signal)}")
    post_delete.connect(everything_changed, sender=Page, dispatch_uid="page_cache_page_deleted")
    for model in (Site, Person, Condition, PublisherSettings):
        post_delete.connect(everything_changed, sender=model, dispatch_uid=f"page_cache_delete_{model.__name__}")
    for model in (Site, Person, Condition):
        post_save.connect(everything_changed, sender=model, dispatch_uid=f"page_cache_save_{model.__name__}")
    post_save.connect(setting_saved, sender=PublisherSettings, dispatch_uid="page_cache_save_PublisherSettings")
    # Replacing an image's file deletes its renditions (wagtail.images.forms): pages and fragments
    # kept from before would point at files that are gone.
    image_model = get_image_model()
    post_save.connect(image_saved, sender=image_model, dispatch_uid="page_cache_image_saved")
    post_delete.connect(everything_changed, sender=image_model, dispatch_uid="page_cache_image_deleted")
    # Wagtail saves a privacy setting without publishing anything.
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_restricted")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_unrestricted")
    post_save.connect(forget_sites, sender=Site, dispatch_uid="sites_by_host_save")
    post_delete.connect(forget_sites, sender=Site, dispatch_uid="sites_by_host_delete")
