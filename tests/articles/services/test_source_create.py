from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Source
from articles.services.review import item_dismiss, source_create
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


def add(item, user, **overrides) -> Source:
    fields = {
        "url": "https://council.example.org/minutes",
        "title": "Council minutes",
        "publisher": "City council",
        "stance": "supports",
        "is_primary": True,
    }
    return source_create(item=item, user=user, **{**fields, **overrides})


def test_it_adds_a_source_to_a_claim(editor):
    claim = ClaimFactory()

    source = add(claim, editor, title="  Council minutes  ")

    source.refresh_from_db()
    assert (source.claim, source.url, source.title, source.publisher) == (
        claim,
        "https://council.example.org/minutes",
        "Council minutes",
        "City council",
    )
    assert (source.stance, source.is_primary, source.created_by) == ("supports", True, editor)
    assert source.created_at is not None


def test_it_adds_a_source_to_a_quote(editor):
    quote = QuoteFactory()

    source = add(quote, editor, stance="refutes", is_primary=False, publisher="")

    assert list(quote.sources.all()) == [source]
    assert (source.stance, source.is_primary) == ("refutes", False)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"url": ""}, "Give the source's web address."),
        ({"url": "ftp://council.example.org/minutes"}, "must start with http:// or https://"),
        ({"url": "javascript:alert(1)"}, "must start with http:// or https://"),
        ({"url": "https://"}, "URL: Enter a valid URL."),
        ({"title": "  "}, "Give the source a title."),
        ({"title": "x" * 501}, "Title: Ensure this value has at most 500 characters"),
        ({"stance": "maybe"}, "Choose whether the source supports, refutes or gives context."),
    ],
)
def test_it_refuses_bad_input(editor, overrides, message):
    with pytest.raises(ValidationError) as error:
        add(ClaimFactory(), editor, **overrides)

    assert message in " ".join(error.value.messages)
    assert Source.objects.count() == 0


def test_it_refuses_a_dismissed_item(editor):
    claim = item_dismiss(item=ClaimFactory(), user=editor, reason="Opinion")

    with pytest.raises(ValidationError) as error:
        add(claim, editor)

    assert error.value.messages == ["This claim is dismissed; restore it before adding a source."]
    assert Source.objects.count() == 0


def test_it_names_its_author_in_history(checker):
    source = add(ClaimFactory(), checker)

    assert source.history.get().history_user == checker


def test_a_checker_adds_sources_to_their_items_only(checker, other_editor):
    mine = item_in_state("in_review", assignee=checker)
    theirs = item_in_state("in_review", assignee=other_editor)

    add(mine, checker)
    with pytest.raises(PermissionDenied):
        add(theirs, checker)

    assert (mine.sources.count(), theirs.sources.count()) == (1, 0)


def test_it_refuses_a_published_item(editor):
    with pytest.raises(ValidationError) as error:
        add(item_in_state("published"), editor)

    assert error.value.messages == ["This claim is published; it can no longer be changed."]
