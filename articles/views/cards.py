"""The card's forms and the review page's context.

A card shows only the steps open to the user in the item's state (`card.actions`,
from `articles.selectors.card_actions`); a view checks the actor again before
calling a service (`articles.access.require_step`: 403 with the reason), and the
service checks both once more under a lock, since the page may be stale.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from articles.access import can_assign
from articles.forms import ArticleAssignForm, Form, card_forms
from articles.models import Article
from articles.selectors import ItemCard, article_review


def with_forms(card: ItemCard, bound: Form | None = None, action: str = "") -> ItemCard:
    """Give `card` the forms of its open steps, `bound` (a failed submission) in `action`'s place.

    A bound form whose step is no longer open (someone dismissed the item meanwhile)
    has its messages shown at the top of the card instead.
    """
    card.forms = card_forms(card.item, card.verdict, card.actions, bound, action)
    if bound is not None and action not in card.actions:
        card.errors = [str(e) for errors in bound.errors.values() for e in errors]
    return card


def review_context(
    user: AbstractBaseUser,
    article: Article,
    *,
    show_all: bool = False,
    selected: str = "",
    bound: Form | None = None,
    action: str = "",
) -> dict:
    """The review page's context; only the selected and dismissed cards carry their forms.

    Rendering every card's forms would triple the page: the browser fetches a
    card's forms when it is selected. `bound` is a failed submission on the selected card.
    """
    page = article_review(article=article, show_all=show_all, selected=selected, user=user)
    for card in page.all_cards:
        if card.selected:
            with_forms(card, bound, action)
        elif card.is_dismissed:
            with_forms(card)
    assign_form = ArticleAssignForm() if can_assign(user) else None
    return {"review": page, "article": article, "assign_form": assign_form}
