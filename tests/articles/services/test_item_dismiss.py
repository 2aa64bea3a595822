from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from articles.services.review import item_dismiss
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_dismisses_an_item(editor, factory):
    item = factory()

    item_dismiss(item=item, user=editor, reason="  Opinion, not checkable ")

    item.refresh_from_db()
    assert (item.status, item.dismissed_reason) == ("dismissed", "Opinion, not checkable")
    assert (item.edited_by, item.edited_at is not None) == (editor, True)


@pytest.mark.parametrize("reason", ["", "  "])
def test_it_requires_a_reason(editor, reason):
    claim = ClaimFactory()

    with pytest.raises(ValidationError) as error:
        item_dismiss(item=claim, user=editor, reason=reason)

    assert error.value.messages == ["Say why the claim is dismissed."]
    claim.refresh_from_db()
    assert claim.status == "new"


def test_it_refuses_an_overlong_reason(editor):
    claim = ClaimFactory()

    with pytest.raises(ValidationError) as error:
        item_dismiss(item=claim, user=editor, reason="x" * 501)

    assert "Dismissal reason: Ensure this value has at most 500 characters" in error.value.messages[0]
    claim.refresh_from_db()
    assert claim.status == "new"
