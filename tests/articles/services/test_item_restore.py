from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from articles.services.review import item_dismiss, item_restore
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_restores_a_dismissed_item(editor, other_editor, factory):
    item = item_dismiss(item=factory(), user=editor, reason="Opinion")

    item_restore(item=item, user=other_editor)

    item.refresh_from_db()
    assert (item.status, item.dismissed_reason, item.edited_by) == ("new", "", other_editor)


def test_it_refuses_an_item_that_is_not_dismissed(editor):
    quote = QuoteFactory()

    with pytest.raises(ValidationError) as error:
        item_restore(item=quote, user=editor)

    assert error.value.messages == ["This quote is not dismissed."]
    quote.refresh_from_db()
    assert quote.edited_by is None
