"""Django's {% cache %} tag, except that a timeout of zero or less leaves the cache alone.

Django's tag asks the cache for the fragment and then stores it for zero seconds, which the cache
discards: nothing is ever served from it, yet each fragment still costs a read and a write, two
round trips on Redis. The site turns its fragments off that way (FRAGMENT_CACHE_SECONDS = 0, and
in previews), so with this tag a page without fragment caching only renders. Any other timeout
behaves exactly as Django's tag, with the same syntax and the same keys.
"""

from django import template
from django.templatetags import cache as django_cache

register = template.Library()


class CacheNode(django_cache.CacheNode):
    def render(self, context):
        try:
            off = int(self.expire_time_var.resolve(context)) <= 0
        except (template.VariableDoesNotExist, TypeError, ValueError):
            off = False  # None means forever; anything else gets Django's own error message
        return self.nodelist.render(context) if off else super().render(context)


@register.tag("cache")
def do_cache(parser, token):
    parsed = django_cache.do_cache(parser, token)  # Django's parser checks the arguments
    return CacheNode(parsed.nodelist, parsed.expire_time_var, parsed.fragment_name, parsed.vary_on, parsed.cache_name)
