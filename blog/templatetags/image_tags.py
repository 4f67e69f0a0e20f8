"""Wagtail's {% image %} and {% picture %} tags, with their filters built once per template.

Wagtail's nodes build new Filter objects from the tag's specs on every render, and each new
Filter parses its spec again, checking every operation's arguments through `inspect`: on the
home page's ten cards (six renditions each) that parsing was about 14 ms of CPU per request,
more than the rest of the cards. The specs are written in the template, so the Filters can be
built when the template is compiled and kept with it; the renditions are still looked up per
image on every render, as Wagtail's own tags do.

{% image %} also looks its rendition up as {% picture %} does, through get_renditions(): Wagtail's
{% image %} asks get_rendition(), which writes the rendition to the cache again on every render,
even when it came prefetched with the image.
"""

from django import template
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class ImageNode(wagtail_tags.ImageNode):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._filter = super().get_filter()

    def get_filter(self):
        return self._filter

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        rendition = get_renditions_or_not_found(image, [self._filter])[self._filter.spec]
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag({name: value.resolve(context) for name, value in self.attrs.items()})


class PictureNode(wagtail_tags.PictureNode):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._filters = super().get_filters()

    def get_filters(self):
        return list(self._filters)


NODES = {"image": ImageNode, "picture": PictureNode}


def image_tag(parser, token):
    # Wagtail's parser checks the arguments and gives its own error messages.
    parsed = wagtail_tags.image(parser, token)
    node_class = NODES[token.split_contents()[0]]
    return node_class(
        parsed.image_expr, parsed.filter_specs, attrs=parsed.attrs, output_var_name=parsed.output_var_name
    )


register.tag("image", image_tag)
register.tag("picture", image_tag)
