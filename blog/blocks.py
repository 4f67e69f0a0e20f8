"""StreamField blocks for posts: the body an editor composes and the structured references.

Each block renders through its own Jinja2 template under templates/jinja2/blog/blocks/ (see
blog/jinja2tags.py) and has a preview value so that editors see what it looks like in the block
picker.
"""

from collections import Counter

from django.core.exceptions import ValidationError
from django.template import engines
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .validators import (
    DOIField,
    PMIDField,
    validate_citation_key,
    validate_doi,
    validate_pmid,
    validate_publication_year,
)

INLINE_FEATURES = ["bold", "italic", "link"]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


def _first_image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


# --- Body blocks -------------------------------------------------------------------------------


def section_anchor(value):
    """A heading's fragment id: the editor's anchor, else one derived from its text or title."""
    text = value.get("anchor") or value.get("text") or value.get("title") or ""
    return slugify(text) or "section"


class SectionValue(blocks.StructValue):
    @cached_property
    def anchor_id(self):
        return section_anchor(self)


# What the body blocks' templates read of the page they are on (blog/jinja2tags.py): the rest of
# the page's context is left out, since Jinja2 copies whatever it is given on every render.
BODY_CONTEXT = ("request", "citations", "embeds")


class JinjaRendered:
    """A body block rendered by its Jinja2 template (templates/jinja2/blog/blocks/).

    Wagtail renders a block through render_to_string(), which asks Django's engine for the name
    first and copies the whole page context for it: for blocks this small, that cost more than
    Jinja2 saved. The Jinja2 engine is asked at once, with the names the templates use.
    """

    def render(self, value, context=None):
        parent = {name: context[name] for name in BODY_CONTEXT if name in context} if context else None
        template = engines["jinja2"].get_template(self.get_template(value, context=parent))
        return mark_safe(template.render(self.get_context(value, parent_context=parent)))  # noqa: S308 - autoescaped


# Blocks whose title becomes a linkable h2 in the page.
TITLED_SECTIONS = {"heading", "research_findings"}


class HeadingBlock(JinjaRendered, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        label=_("Level"),
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Anchor"),
        help_text=_("Optional link target, e.g. “risks”. Left empty, it is made from the heading."),
    )

    class Meta:
        icon = "title"
        label = _("Section heading")
        template = "blog/blocks/heading.html"
        value_class = SectionValue
        description = _("A section (h2) or subsection (h3) heading that readers can link to.")
        preview_value = {"text": _("What is hypermobility?"), "level": "h2", "anchor": ""}


class ParagraphBlock(JinjaRendered, blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blog/blocks/paragraph.html"
        description = _("Rich text: bold, italic, links and simple lists.")
        preview_value = (
            "<p>Living with a rare condition often means explaining it to others. "
            "This post gathers what is known, and what is not, in plain words.</p>"
        )


class KeyPointBlock(blocks.StructBlock):
    lead = blocks.CharBlock(label=_("Bold lead-in"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "list-ul"
        label = _("Point")


class KeyPointsBlock(JinjaRendered, blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Title"))
    items = blocks.ListBlock(KeyPointBlock(), min_num=1, label=_("Points"))

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "blog/blocks/key_points.html"
        description = _("A bullet list whose items open with a bold lead-in.")
        preview_value = {
            "title": "",
            "items": [
                {"lead": "Pacing", "text": "Spread demanding tasks across the week."},
                {"lead": "Support", "text": "Braces and physiotherapy can protect unstable joints."},
            ],
        }


class FindingBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Short label"), max_length=120)
    text = blocks.TextBlock(label=_("Finding"))
    citations = blocks.ListBlock(
        blocks.CharBlock(label=_("Reference key"), validators=[validate_citation_key]),
        min_num=1,
        label=_("Cites"),
        help_text=_("Keys of this post's references that support the finding."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Finding")


class ResearchFindingsBlock(JinjaRendered, blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        default=_("What the research says"),
        label=_("Title"),
        help_text=_("Shown as a section heading; leave empty when a heading block already introduces it."),
    )
    findings = blocks.ListBlock(FindingBlock(), min_num=1, label=_("Findings"))

    class Meta:
        icon = "list-ol"
        label = _("Research findings")
        value_class = SectionValue
        template = "blog/blocks/research_findings.html"
        description = _("A numbered list of findings, each citing the post's references.")
        preview_value = {
            "title": _("What the research says"),
            "findings": [
                {
                    "label": "Diagnosis",
                    "text": "Clinical criteria published in 2017 define the hypermobile type.",
                    "citations": ["example2017"],
                }
            ],
        }


class CalloutBlock(JinjaRendered, blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("warning", _("Warning")), ("risks", _("Considerations and risks"))],
        default="note",
        label=_("Kind"),
    )
    title = blocks.CharBlock(required=False, max_length=200, label=_("Title"))
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blog/blocks/callout.html"
        description = _("A highlighted box for a note, a warning, or considerations and risks.")
        preview_value = {
            "kind": "risks",
            "title": _("Considerations and risks"),
            "text": "<p>Every body responds differently; changes should be made with a professional.</p>",
        }


class CallToActionBlock(JinjaRendered, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, label=_("Heading"))
    text = blocks.TextBlock(label=_("Text"))
    button_label = blocks.CharBlock(required=False, max_length=80, label=_("Button label"))
    page = blocks.PageChooserBlock(required=False, label=_("Link to a page"))
    url = blocks.URLBlock(required=False, label=_("…or to an address"))

    def clean(self, value):
        value = super().clean(value)
        has_link = bool(value.get("page") or value.get("url"))
        if value.get("button_label") and not has_link:
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("A button needs a page or an address to go to."))}
            )
        if has_link and not value.get("button_label"):
            raise StructBlockValidationError(
                block_errors={"button_label": ValidationError(_("Give the button a label."))}
            )
        return value

    class Meta:
        icon = "doc-full-inverse"
        label = _("Call to action")
        template = "blog/blocks/call_to_action.html"
        description = _("A closing invitation, such as to consult a qualified specialist.")
        preview_value = {
            "heading": _("Talk to a specialist"),
            "text": "A rheumatologist or geneticist can confirm a diagnosis and plan care with you.",
            "button_label": "",
            "url": "",
        }


class FigureBlock(JinjaRendered, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=300,
        label=_("Alternative text"),
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=200, label=_("Credit"))

    def get_preview_value(self):
        # Any image of the library will do; asked for only when the picker shows the preview.
        return self.normalize(
            {
                "image": _first_image(),
                "alt_text": "Illustration",
                "caption": "A caption explains what matters in the picture.",
                "credit": "",
            }
        )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blog/blocks/figure.html"
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(JinjaRendered, blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))
    cite_url = blocks.URLBlock(required=False, label=_("Source address"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blog/blocks/quote.html"
        description = _("A quotation with its attribution.")
        preview_value = {
            "quote": "Knowing the name of what I have changed how I ask for help.",
            "attribution": "A reader",
            "cite_url": "",
        }


class MediaEmbedBlock(JinjaRendered, blocks.StructBlock):
    # A plain address rather than Wagtail's EmbedBlock: saving must not depend on reaching the
    # provider, and an address no provider can embed is still shown, as a link.
    url = blocks.URLBlock(
        label=_("Address"),
        help_text=_("A video or post address, e.g. on YouTube or Vimeo. Shown as a link when it cannot be embedded."),
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("Title"),
        help_text=_("Names the embedded content for screen-reader users."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blog/blocks/embed.html"
        description = _("A video or other media embedded from another site.")
        preview_value = {"url": "https://www.youtube.com/", "title": "Video", "caption": ""}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_points = KeyPointsBlock()
    research_findings = ResearchFindingsBlock()
    callout = CalloutBlock()
    call_to_action = CallToActionBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    embed = MediaEmbedBlock()

    def clean(self, value):
        value = super().clean(value)
        sections = {
            index: section_anchor(child.value)
            for index, child in enumerate(value)
            if child.block_type in TITLED_SECTIONS and (child.value.get("text") or child.value.get("title"))
        }
        anchors = Counter(sections.values())
        errors = {
            index: StructBlockValidationError(
                block_errors={
                    "anchor" if value[index].block_type == "heading" else "title": ValidationError(
                        _("Another heading in this post already links as “#%(anchor)s”; make this one different."),
                        params={"anchor": anchor},
                    )
                }
            )
            for index, anchor in sections.items()
            if anchors[anchor] > 1
        }
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


# --- References --------------------------------------------------------------------------------


class DOIBlock(blocks.FieldBlock):
    def __init__(self, required=False, **kwargs):
        self.field = DOIField(required=required, max_length=200, validators=[validate_doi])
        super().__init__(**kwargs)


class PMIDBlock(blocks.FieldBlock):
    def __init__(self, required=False, **kwargs):
        self.field = PMIDField(required=required, max_length=12, validators=[validate_pmid])
        super().__init__(**kwargs)


class PersonAuthorBlock(blocks.StructBlock):
    family_name = blocks.CharBlock(max_length=100, label=_("Family name"))
    given_names = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("Given names or initials"),
        help_text=_("Initials without dots, e.g. “RN”, or full given names."),
    )

    class Meta:
        icon = "user"
        label = _("Person")


class AuthorsBlock(blocks.StreamBlock):
    person = PersonAuthorBlock()
    group = blocks.CharBlock(
        max_length=300,
        label=_("Group author"),
        help_text=_("An organisation or committee, e.g. “American College of Rheumatology”."),
        icon="group",
    )


class ReferenceBlock(JinjaRendered, blocks.StructBlock):
    key = blocks.CharBlock(
        max_length=40,
        validators=[validate_citation_key],
        label=_("Key"),
        help_text=_("Short name used to cite this reference in findings, e.g. “malfait2017”."),
    )
    authors = AuthorsBlock(required=False, label=_("Authors"))
    year = blocks.IntegerBlock(label=_("Year"), validators=[validate_publication_year])
    title = blocks.CharBlock(max_length=500, label=_("Title"))
    container = blocks.CharBlock(
        required=False, max_length=300, label=_("Journal or container"), help_text=_("e.g. “Pain”.")
    )
    volume = blocks.CharBlock(required=False, max_length=20, label=_("Volume"))
    issue = blocks.CharBlock(required=False, max_length=20, label=_("Issue"))
    pages = blocks.CharBlock(required=False, max_length=30, label=_("Pages"), help_text=_("e.g. “8-26”."))
    doi = DOIBlock(label=_("DOI"), help_text=_("e.g. 10.1002/ajmg.c.31552 (a doi.org link is accepted too)."))
    pmid = PMIDBlock(label=_("PubMed ID (PMID)"), help_text=_("Digits only, e.g. 28306229."))
    url = blocks.URLBlock(required=False, label=_("Address"), help_text=_("Only when there is no DOI."))
    accessed = blocks.DateBlock(required=False, label=_("Accessed on"))

    class Meta:
        icon = "doc-full"
        label = _("Journal article")
        template = "blog/blocks/reference.html"
        description = _("A journal article or other source, entered field by field.")
        preview_value = {
            "key": "malfait2017",
            "authors": [
                ("person", {"family_name": "Malfait", "given_names": "F"}),
                ("person", {"family_name": "Francomano", "given_names": "C"}),
            ],
            "year": 2017,
            "title": "The 2017 international classification of the Ehlers-Danlos syndromes",
            "container": "Am J Med Genet C Semin Med Genet",
            "volume": "175",
            "issue": "1",
            "pages": "8-26",
            "doi": "10.1002/ajmg.c.31552",
            "pmid": "28306229",
        }


class ReferencesBlock(blocks.StreamBlock):
    reference = ReferenceBlock()

    def clean(self, value):
        value = super().clean(value)
        keys = Counter(child.value["key"] for child in value)
        errors = {
            index: StructBlockValidationError(
                block_errors={
                    "key": ValidationError(
                        _("Another reference already uses the key “%(key)s”."), params={"key": child.value["key"]}
                    )
                }
            )
            for index, child in enumerate(value)
            if keys[child.value["key"]] > 1
        }
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
