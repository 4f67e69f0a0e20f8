"""Creates the demo site from blog.demo.content. Safe to run again: what exists is kept."""

import datetime
import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Condition, Person, PublisherSettings

from . import artwork, content

SITE_NAME = "ZebraMedic"
INDEX_TITLE = "ZebraMedic"
INDEX_INTRO = (
    "<p>Informação cuidadosa, baseada em evidências, sobre condições raras e pouco compreendidas: "
    "síndrome de Ehlers-Danlos, SDRC, fibromialgia e dor neuropática.</p>"
)
DEMO_HOST = ("127.0.0.1", 8000)
PORTRAIT_COLORS = ["#0b5f68", "#8a4b9a", "#b5552b"]


def _raw(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _raw_list(values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


class DemoLoader:
    def __init__(self, log):
        self.log = log
        self.images = {}

    @transaction.atomic
    def run(self):
        index = self.home_page()
        self.publisher()
        conditions = self.conditions()
        people = self.people()
        created = 0
        for number, post in enumerate(content.POSTS, start=1):
            created += self.post(index, post, conditions, people, number)
        self.log(f"Posts: {created} created, {len(content.POSTS) - created} already there.")
        return index

    # --- site and home ---------------------------------------------------------------------

    def home_page(self):
        root = Page.get_first_root_node()
        index = BlogIndexPage.objects.child_of(root).first()
        if index is None:
            index = root.add_child(instance=BlogIndexPage(title=INDEX_TITLE, slug="zebramedic", intro=INDEX_INTRO))
            index.save_revision().publish()
            self.log("Home page: created.")
        else:
            self.log("Home page: already there.")

        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        previous_root = site.root_page if site.pk else None
        if not site.pk or (site.hostname, site.port) == ("localhost", 80):
            # Wagtail's default; the demo is served at http://127.0.0.1:8000, so full URLs
            # (canonical links, feeds, "cite this post") should say so.
            site.hostname, site.port = DEMO_HOST
        site.site_name = SITE_NAME
        site.root_page = index
        site.save()
        # Wagtail's own "Welcome" page is replaced by our home page.
        if previous_root and previous_root.pk != index.pk and previous_root.specific_class is Page:
            if not previous_root.get_children().exists():
                previous_root.delete()
                self.log("Removed Wagtail's default welcome page.")
        self.log(f"Site: {site.site_name} at {site.hostname}:{site.port}.")
        return index

    def publisher(self):
        """The blurb and sharing image, unless an editor has already set them."""
        site = Site.objects.get(is_default_site=True)
        settings, created = PublisherSettings.objects.get_or_create(site=site)
        if settings.blurb or settings.share_image_id:
            self.log("Publisher settings: already there.")
            return
        data = content.PUBLISHER
        settings.blurb = data["blurb"]
        settings.share_image = self.named_image(data["share_image"])
        settings.share_image_alt = data["share_image_alt"]
        settings.social_handle = data["social_handle"]
        settings.save()
        self.log("Publisher settings: set.")

    # --- snippets ----------------------------------------------------------------------------

    def conditions(self):
        found = {}
        for data in content.CONDITIONS:
            condition, created = Condition.objects.update_or_create(
                slug=data["slug"], defaults={"name": data["name"], "description": data["description"]}
            )
            found[condition.slug] = condition
            self.log(f"Condition {condition.name}: {'created' if created else 'updated'}.")
        return found

    def people(self):
        found = {}
        for number, data in enumerate(content.PEOPLE):
            defaults = {key: data[key] for key in ("name", "credentials", "role", "bio", "profile_url")}
            person, created = Person.objects.update_or_create(slug=data["slug"], defaults=defaults)
            if person.photo_id is None:
                color = PORTRAIT_COLORS[number % len(PORTRAIT_COLORS)]
                person.photo = self.image(f"Retrato: {person.name}", artwork.portrait(color, seed=data["slug"]))
                person.save(update_fields=["photo"])
            found[person.slug] = person
            self.log(f"Person {person.name_with_credentials}: {'created' if created else 'updated'}.")
        return found

    def image(self, title, png_bytes):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            name = f"{slugify(title)[:60] or 'image'}.png"
            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(png_bytes), name=name)
            image.save()
        return image

    def named_image(self, key):
        if key not in self.images:
            data = content.IMAGES[key]
            self.images[key] = self.image(data["title"], artwork.illustration(data["colors"], seed=key))
        return self.images[key]

    # --- posts -------------------------------------------------------------------------------

    def post(self, index, data, conditions, people, number):
        if BlogPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            self.log(f"Post {number}/{len(content.POSTS)} “{data['title']}”: already there.")
            return 0
        cover = data["image"]
        page = BlogPage(
            title=data["title"],
            slug=data["slug"],
            date=datetime.date.fromisoformat(data["date"]),
            intro=data["intro"],
            featured_image=self.image(cover["title"], artwork.illustration(cover["colors"], seed=data["slug"])),
            featured_image_alt=cover["alt"],
            body=[self.body_block(block_type, value) for block_type, value in data["body"]],
            references=[self.reference_block(reference) for reference in data["references"]],
            reviewer=people[data["reviewer"]],
            last_reviewed=datetime.date.fromisoformat(data["last_reviewed"]),
            next_review_due=datetime.date.fromisoformat(data["next_review_due"]),
            disclaimer=f"<p>{data['disclaimer']}</p>" if data.get("disclaimer") else "",
        )
        page.authors = [BlogPageAuthor(person=people[slug]) for slug in data["authors"]]
        page.conditions = [conditions[slug] for slug in data["conditions"]]
        page.tags.add(*data["tags"])
        self.validate_streams(page)
        index.add_child(instance=page)
        revision = page.save_revision()
        revision.publish()
        published_at = datetime.datetime.combine(page.date, datetime.time(9, 0), tzinfo=datetime.UTC)
        BlogPage.objects.filter(pk=page.pk).update(first_published_at=published_at, last_published_at=published_at)
        self.log(f"Post {number}/{len(content.POSTS)} “{page.title}”: created.")
        return 1

    def body_block(self, block_type, value):
        if block_type == "key_points":
            value = {**value, "items": _raw_list(value["items"])}
        elif block_type == "research_findings":
            findings = [{**finding, "citations": _raw_list(finding["citations"])} for finding in value["findings"]]
            value = {**value, "findings": _raw_list(findings)}
        elif block_type == "image":
            value = {**value, "image": self.named_image(value["image"]).pk}
        return _raw(block_type, value)

    def reference_block(self, reference):
        authors = [
            _raw("group", author["name"])
            if author["type"] == "group"
            else _raw("person", {"family_name": author["family_name"], "given_names": author["given_names"]})
            for author in reference["authors"]
        ]
        value = {
            **reference,
            "authors": authors,
            "year": int(reference["year"]),
            "accessed": reference["accessed"] or None,
        }
        return _raw("reference", value)

    def validate_streams(self, page):
        """Hold demo content to the same block validation an editor meets in the admin."""
        for field_name in ("body", "references"):
            stream = getattr(page, field_name)
            try:
                stream.stream_block.clean(stream)
            except ValidationError as error:
                raise ValidationError(f"Demo post “{page.slug}”, {field_name}: {error}") from error
