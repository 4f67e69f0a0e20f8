"""Create ahead of time every image rendition the reader-facing templates ask for.

Without it, the first reader of a page waits while Pillow encodes the AVIF, WebP and JPEG sizes of
its images: seconds for a post, more for a listing of ten posts. Run it after loading content and
after a deploy that changes these sizes; images whose renditions exist cost one query each.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from blog.image_sizes import CARD_SPECS, LOGO_RENDITION, PORTRAIT_SPECS, POST_IMAGE_SPECS, SHARE_RENDITION, expand
from blog.models import BlogPage, Person, PublisherSettings


def planned_renditions():
    """{image id: filter specs}: featured images also appear on cards, portraits only as portraits.

    Every other image of the library may sit in a post body, so it gets the post sizes too: the
    bodies are not read, which keeps this fast on thousands of posts.
    """
    featured = set(BlogPage.objects.exclude(featured_image=None).values_list("featured_image_id", flat=True))
    shared = featured | set(
        PublisherSettings.objects.exclude(share_image=None).values_list("share_image_id", flat=True)
    )
    logos = set(PublisherSettings.objects.exclude(logo=None).values_list("logo_id", flat=True))
    portraits = set(Person.objects.exclude(photo=None).values_list("photo_id", flat=True))
    plan = {}
    for image_id in get_image_model().objects.values_list("pk", flat=True):
        specs = []
        if image_id in featured or image_id not in portraits:
            specs += expand(POST_IMAGE_SPECS)
        if image_id in featured:
            specs += expand(CARD_SPECS)
        if image_id in portraits:
            specs += expand(PORTRAIT_SPECS)
        if image_id in shared:
            specs.append(SHARE_RENDITION)
        if image_id in logos:
            specs.append(LOGO_RENDITION)
        plan[image_id] = specs
    return plan


class Command(BaseCommand):
    help = "Create the image renditions posts, listings and author bios use, so no reader waits for them."

    def handle(self, *args, **options):
        Image = get_image_model()
        plan = planned_renditions()
        images = Image.objects.filter(pk__in=plan).prefetch_related("renditions").order_by("pk")
        for number, image in enumerate(images, start=1):
            had = len(image.renditions.all())
            image.get_renditions(*plan[image.pk])
            made = image.renditions.count() - had
            if options["verbosity"] > 1 or made:
                self.stdout.write(f"{number}/{len(plan)} {image.title}: {made} new renditions")
        self.stdout.write(self.style.SUCCESS(f"Renditions ready for {len(plan)} images."))
