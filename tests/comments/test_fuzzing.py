"""Property: whatever a comment POST carries, the answer is never a 500, and only a stored comment leaves a row."""

from hypothesis import given
from hypothesis import strategies as st

from comments.models import Comment
from tests.comments.conftest import POST_URL, POSTED_FIELDS, approved_comment, form_data
from tests.fuzzing import fuzz_settings, run_counted, text_values

# Fields of the form, and the `next` address a reader may add.
FIELDS = [*POSTED_FIELDS, "next"]


def posted_forms(base):
    """A signed form as the page sends it, with some fields replaced, removed or repeated."""
    value = st.one_of(text_values, st.lists(text_values, min_size=2, max_size=3))
    changes = st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, value))
    removed = st.sets(st.sampled_from(FIELDS), max_size=2)
    return st.tuples(changes, removed).map(lambda change: _apply(base, *change))


def _apply(base, changes, removed):
    data = {**base, **changes}
    for field in removed:
        data.pop(field, None)
    return data


def test_any_comment_post_is_answered_without_error(client, post, discussion, settings):
    settings.COMMENTS_RATE_LIMITS = []
    parent = approved_comment(post, "A comment to reply to.")

    def prop(seen):
        @fuzz_settings("comment_form")
        @given(data=posted_forms(form_data(post, reply_to=parent.pk)))
        def check(data):
            seen.append(1)
            before = Comment.objects.count()
            response = client.post(POST_URL, data)
            assert response.status_code in (200, 302, 400), (response.status_code, data)
            stored = Comment.objects.count() - before
            # Refused: no row. Stored: one row, or none when it repeats the reader's earlier comment.
            assert stored == 0 or (stored == 1 and response.status_code == 302)
            if response.status_code == 302:
                assert response["Location"].startswith("/comentarios/enviado/")

        check()

    run_counted("comment_form", prop)
