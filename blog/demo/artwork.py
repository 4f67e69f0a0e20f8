"""Illustrations for the demo content, drawn with Pillow so nothing is downloaded.

The motif is the zebra stripe, the symbol the rare-disease community uses for itself.
"""

import io
import random

from PIL import Image, ImageColor, ImageDraw, ImageFilter


def _blend(start, end, fraction):
    return tuple(round(a + (b - a) * fraction) for a, b in zip(start, end, strict=True))


def illustration(colors, seed, size=(1600, 900)):
    """A diagonal gradient crossed by soft zebra stripes, as PNG bytes."""
    width, height = size
    start, end = (ImageColor.getrgb(color) for color in colors)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for x in range(width):
        draw.line([(x, 0), (x, height)], fill=_blend(start, end, x / (width - 1)))

    stripes = Image.new("L", size, 0)
    stripe_draw = ImageDraw.Draw(stripes)
    rng = random.Random(seed)
    x = -height
    while x < width:
        stripe_width = rng.randint(30, 90)
        stripe_draw.polygon(
            [(x, height), (x + stripe_width, height), (x + stripe_width + height * 0.6, 0), (x + height * 0.6, 0)],
            fill=rng.randint(40, 90),
        )
        x += stripe_width + rng.randint(60, 160)
    stripes = stripes.filter(ImageFilter.GaussianBlur(12))
    image = Image.composite(Image.new("RGB", size, (255, 255, 255)), image, stripes)
    return _png(image)


def portrait(color, seed, size=400):
    """An abstract round portrait placeholder for a person."""
    base = ImageColor.getrgb(color)
    image = Image.new("RGB", (size, size), _blend(base, (255, 255, 255), 0.75))
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    draw.ellipse([size * 0.3, size * 0.15, size * 0.7, size * 0.55], fill=base)
    draw.ellipse(
        [size * 0.12, size * 0.6, size * 0.88, size * 1.3], fill=_blend(base, (0, 0, 0), rng.uniform(0.1, 0.3))
    )
    return _png(image)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
