from datetime import UTC, datetime

import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    NoteFactory,
    QuoteFactory,
    SourceFactory,
    UserFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def url(article) -> str:
    return reverse("articles:review", args=[article.pk])


def test_it_requires_login(client):
    article = ArticleFactory()
    response = client.get(url(article))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_it_shows_the_article_header(editor_client):
    article = ArticleFactory(
        title="9 North Korean workers in Russia defected",
        subtitle="Russia's war may have scared them",
        authors=["Jung Min-ho"],
        author_email="mj6c2@koreatimes.co.kr",
        outlet="The Korea Times",
        section="North Korea",
        published=datetime(2023, 1, 25, 7, 47, tzinfo=UTC),
        updated=datetime(2023, 1, 25, 23, 32, tzinfo=UTC),
        utc_offset_minutes=540,
        captions=[{"text": "Men work at a construction site.", "credit": "Korea Times photo by Bae Woo-han"}],
    )
    response = editor_client.get(url(article))
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "9 North Korean workers in Russia defected",
        "Russia&#x27;s war may have scared them",
        "Jung Min-ho",
        "mj6c2@koreatimes.co.kr",
        "The Korea Times",
        "North Korea",
        "25 Jan 2023, 16:47 +09:00",
        "26 Jan 2023, 08:32 +09:00",
        "Men work at a construction site.",
        "Korea Times photo by Bae Woo-han",
    ]:
        assert text in html, text


def test_it_highlights_claims_and_quotes_in_the_text(editor_client):
    claim = ClaimFactory()
    quote = QuoteFactory(article=claim.article)
    response = editor_client.get(url(claim.article))
    html = response.content.decode()
    assert f'data-items="{claim.dom_id}"' in html
    assert f'data-items="{quote.dom_id}"' in html
    assert f'href="{url(claim.article)}?selected={claim.dom_id}#{claim.dom_id}"' in html
    assert '<mark class="quote"' in html
    assert f'id="{claim.dom_id}" class="item-card claim' in html
    assert f'id="{quote.dom_id}" class="item-card quote' in html


def test_it_shows_claim_details(editor_client):
    claim = ClaimFactory(
        hedge="believed",
        quantities=[{"value": 20000.0, "unit": "workers", "qualifier": "more than", "text": ""}],
        reasons=["has a quantity", "names an organisation"],
        score=0.82,
    )
    html = editor_client.get(url(claim.article)).content.decode()
    assert "Score 0.82" in html
    assert "more than 20,000 workers" in html
    assert "believed" in html
    assert "names an organisation" in html


def test_it_shows_quote_details(editor_client):
    quote = QuoteFactory(kind="direct", cue="was quoted as saying", via="Yonhap")
    html = editor_client.get(url(quote.article)).content.decode()
    assert "Direct quote" in html
    assert quote.speaker.name in html
    assert "the council&#x27;s finance chair" in html
    assert "was quoted as saying" in html
    assert "via Yonhap" in html
    assert "We had no choice," in html


def test_it_shows_review_work(editor_client):
    claim = ClaimFactory()
    rater = UserFactory(first_name="Rita", last_name="Rater")
    VerdictFactory(claim=claim, rating="mostly_false", rationale="Last year was more.", created_by=rater)
    SourceFactory(claim=claim, url="https://example.org/minutes", title="Minutes", is_primary=False)
    NoteFactory(claim=claim, text="Called the council.")
    html = editor_client.get(url(claim.article)).content.decode()
    assert "Mostly false" in html
    assert "Last year was more." in html
    assert "Rita Rater" in html
    assert 'href="https://example.org/minutes" rel="noopener noreferrer nofollow"' in html
    assert "Secondary" in html
    assert "Called the council." in html


def test_it_hides_low_score_sentences_unless_asked(editor_client):
    claim = ClaimFactory(score=0.2)
    html = editor_client.get(url(claim.article)).content.decode()
    assert f'id="{claim.dom_id}"' not in html
    assert "Show all sentences (1 more)" in html
    html = editor_client.get(url(claim.article) + "?all=1").content.decode()
    assert f'id="{claim.dom_id}" class="item-card claim low' in html
    assert '<mark class="sentence"' in html


def test_it_groups_dismissed_items(editor_client):
    claim = ClaimFactory(status=ItemStatus.DISMISSED, dismissed_reason="Opinion, not a fact")
    html = editor_client.get(url(claim.article)).content.decode()
    assert "Dismissed (1)" in html
    assert "Opinion, not a fact" in html
    assert ">Restore</button>" in html
    assert f'data-items="{claim.dom_id}"' not in html


def test_it_opens_the_selected_item(editor_client):
    claim = ClaimFactory()
    other = QuoteFactory(article=claim.article)
    html = editor_client.get(url(claim.article) + f"?selected={claim.dom_id}").content.decode()
    assert f'id="{claim.dom_id}" class="item-card claim selected"' in html
    assert f'id="{other.dom_id}" class="item-card quote"' in html
    assert '<mark class="claim selected"' in html
    # Every form of the card, by its labels and buttons.
    for label in ["Note", "URL", "Title", "Publisher", "Stance", "Primary source", "Rating", "Rationale"]:
        assert f'for="{claim.dom_id}-' in html
        assert f">{label}</label>" in html, label
    for button in ["Add note", "Add source", "Save verdict", "Save correction", "Dismiss"]:
        assert f">{button}</button>" in html


def test_it_renders_forms_only_for_the_selected_card(editor_client):
    claim = ClaimFactory()
    QuoteFactory(article=claim.article)
    html = editor_client.get(url(claim.article)).content.decode()
    assert ">Save verdict</button>" not in html
    html = editor_client.get(url(claim.article) + f"?selected={claim.dom_id}").content.decode()
    assert html.count(">Save verdict</button>") == 1


def test_it_answers_htmx_with_the_selected_card_and_its_forms(editor_client):
    quote = QuoteFactory()
    response = editor_client.get(url(quote.article) + f"?selected={quote.dom_id}", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith(f'<article id="{quote.dom_id}" class="item-card quote selected"')
    assert ">Save correction</button>" in html
    assert ">Quote text</label>" in html


def test_it_returns_404_for_a_card_of_another_article(editor_client):
    claim = ClaimFactory()
    other = ArticleFactory()
    for selected in [claim.dom_id, "claim-999999", "widget-1", "claim-x", "claim"]:
        response = editor_client.get(url(other) + f"?selected={selected}", HTTP_HX_REQUEST="true")
        assert response.status_code == 404, selected
    # Without htmx an unknown selection is just ignored.
    assert editor_client.get(url(other) + "?selected=claim-999999").status_code == 200


def test_it_escapes_hostile_text(editor_client):
    hostile = "<script>alert(1)</script>"
    article = ArticleFactory(title=f"Title {hostile}", body=f"It rained {hostile} on Tuesday.")
    claim = ClaimFactory(article=article, text=f"It rained {hostile} on Tuesday.")
    NoteFactory(claim=claim, text=f"Note {hostile}")
    html = editor_client.get(url(article)).content.decode()
    assert hostile not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_loads_htmx_with_the_csp_nonce(editor_client):
    article = ArticleFactory()
    response = editor_client.get(url(article))
    csp = response.headers["Content-Security-Policy"]
    nonce = csp.split("'nonce-")[1].split("'")[0]
    html = response.content.decode()
    assert f'nonce="{nonce}"' in html
    assert "htmx" in html and "allowEval" in html
    assert "<script>" not in html


def test_it_returns_404_for_unknown_article(editor_client):
    assert editor_client.get(reverse("articles:review", args=[999999])).status_code == 404


def test_it_rejects_post(editor_client):
    article = ArticleFactory()
    assert editor_client.post(url(article)).status_code == 405


def build(n: int):
    """An article with n claims and n quotes, each with a note, a source and a verdict."""
    sentences = [f'Town {i} has {i} wells, "we dug {i} of them," said the mayor.' for i in range(n)]
    article = ArticleFactory(body=" ".join(sentences))
    for sentence in sentences:
        claim = ClaimFactory(article=article, text=sentence)
        quote = QuoteFactory(article=article, text=sentence.split('"')[1])
        for item in [{"claim": claim}, {"claim": None, "quote": quote}]:
            NoteFactory(**item)
            SourceFactory(**item)
            VerdictFactory(**item)
    return article


def test_it_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    one, ten = build(1), build(10)
    editor_client.get(url(one))  # the session is loaded once per request either way
    # The 9 of before, the user's desk role, and the people of the "Assign all" form.
    with django_assert_num_queries(11):
        response = editor_client.get(url(one))
    assert response.content.decode().count('class="item-card') == 2
    with django_assert_num_queries(11):
        response = editor_client.get(url(ten))
    assert response.content.decode().count('class="item-card') == 20


def test_it_never_links_a_javascript_url(editor_client):
    article = ArticleFactory(source_url="javascript:alert(1)")
    claim = ClaimFactory(article=article)
    SourceFactory(claim=claim, url="javascript:alert(2)", title="Sneaky")
    html = editor_client.get(url(article)).content.decode()
    assert "javascript:" not in html
    assert "Sneaky" in html


def buttons(client, item) -> set[str]:
    html = client.get(f"{url(item.article)}?selected={item.dom_id}").content.decode()
    names = [
        "Start review",
        "Save verdict",
        "Approve",
        "Return",
        "Publish",
        "Assign",
        "Add source",
        "Add note",
    ]
    return {name for name in [*names, "Save correction", "Dismiss", "Restore"] if f">{name}</button>" in html}


def test_a_checker_gets_the_steps_of_a_checker(checker_client):
    claim = ClaimFactory()
    assert buttons(checker_client, claim) == {
        "Start review",
        "Save verdict",
        "Add source",
        "Add note",
        "Save correction",
        "Dismiss",
    }


def test_a_checker_only_notes_an_item_assigned_to_someone_else(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status=ItemStatus.ASSIGNED)
    assert buttons(checker_client, claim) == {"Add note"}


def test_an_editor_also_assigns_approves_and_returns(editor_client, checker):
    claim = ClaimFactory(status=ItemStatus.PROPOSED)
    VerdictFactory(claim=claim, created_by=checker)
    assert buttons(editor_client, claim) == {
        "Save verdict",
        "Approve",
        "Return",
        "Add source",
        "Add note",
        "Save correction",
        "Dismiss",
    }


def test_the_chief_publishes_an_approved_item(chief_client, editor):
    claim = ClaimFactory(status=ItemStatus.APPROVED)
    VerdictFactory(claim=claim, approved_by=editor, approved_at=datetime(2026, 11, 29, 14, 2, tzinfo=UTC))
    assert "Publish" in buttons(chief_client, claim)
    html = chief_client.get(url(claim.article)).content.decode()
    assert "Approved by Alice Editor at" in html
    assert "29 Nov 2026, 14:02" in html


def test_cards_show_status_and_assignee(editor_client, checker):
    claim = ClaimFactory(assignee=checker, status=ItemStatus.IN_REVIEW)
    quote = QuoteFactory(article=claim.article)
    html = editor_client.get(url(claim.article)).content.decode()
    assert '<span class="badge status status-in_review">In review</span>' in html
    assert "Assigned to <strong>Chris Checker</strong>" in html
    assert '<span class="badge status status-new">New</span>' in html
    assert html.count("Unassigned") == 1 + html.count('value="none"')
    assert f'id="{quote.dom_id}"' in html


def test_a_proposed_verdict_says_what_approval_needs(editor_client, checker):
    claim = ClaimFactory(status=ItemStatus.PROPOSED)
    VerdictFactory(claim=claim, created_by=checker)
    html = editor_client.get(url(claim.article)).content.decode()
    assert "Awaiting approval: A verdict needs at least 2 sources" in html


def test_editors_get_the_assign_all_form(editor_client, checker_client, checker):
    claim = ClaimFactory()
    html = editor_client.get(url(claim.article)).content.decode()
    assert (
        f'<form id="article-assign" class="article-assign" method="post" action="{url(claim.article)}assign/"'
        in html
    )
    assert ">Assign all claims and quotes to</label>" in html
    assert "Assign all claims and quotes to" not in checker_client.get(url(claim.article)).content.decode()


def test_forms_carry_their_shortcut_keys(editor_client):
    claim = ClaimFactory()
    html = editor_client.get(f"{url(claim.article)}?selected={claim.dom_id}").content.decode()
    for key in ["r", "s", "n", "d"]:
        assert f'data-shortcut="{key}"' in html, key
    assert '<details id="shortcuts" class="shortcuts" data-shortcuts="review">' in html
