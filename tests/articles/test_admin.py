"""The desk chief's admin: every page opens, with search and filters; editors are kept out."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Note, Source, Verdict
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    NoteFactory,
    QuoteFactory,
    SourceFactory,
    SpeakerFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db

MODELS = ["article", "claim", "quote", "speaker", "note", "source", "verdict"]
# Articles, claims and quotes come from the ingest service, never from an admin form.
ADDABLE = ["speaker", "note", "source", "verdict"]
FILTERS = {
    "article": "?q=budget&outlet=The+Daily+Test&input_mode=text",
    "claim": (
        "?q=budget&status__exact=new&hedged=no&verdict__rating=mostly_true&article__outlet=The+Daily+Test"
    ),
    "quote": "?q=choice&status__exact=new&kind__exact=direct&speaker__anonymous__exact=0",
    "speaker": "?q=Lopez&kind__exact=person&anonymous__exact=0",
    "note": "?q=minutes",
    "source": "?q=council&stance__exact=supports&is_primary__exact=1",
    "verdict": "?q=budget&rating__exact=mostly_true",
}


@pytest.fixture
def work(editor):
    """One of everything, the claim with a note, a source and a verdict."""
    article = ArticleFactory()
    claim = ClaimFactory(article=article)
    quote = QuoteFactory(article=article)
    return {
        "article": article,
        "claim": claim,
        "quote": quote,
        "speaker": quote.speaker,
        "note": NoteFactory(claim=claim, created_by=editor),
        "source": SourceFactory(claim=claim, created_by=editor),
        "verdict": VerdictFactory(claim=claim, created_by=editor),
    }


@pytest.mark.parametrize("model", MODELS)
def test_it_lists_each_model_with_search_and_filters(chief_client, work, model):
    response = chief_client.get(reverse(f"admin:articles_{model}_changelist") + FILTERS[model])

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1, f"{model}: search and filters should keep the one row"


@pytest.mark.parametrize("model", MODELS)
def test_it_opens_each_change_page(chief_client, work, model):
    response = chief_client.get(reverse(f"admin:articles_{model}_change", args=[work[model].pk]))

    assert response.status_code == 200


@pytest.mark.parametrize("model", ADDABLE)
def test_it_opens_each_add_page(chief_client, model):
    response = chief_client.get(reverse(f"admin:articles_{model}_add"))

    assert response.status_code == 200


@pytest.mark.parametrize("model", ["article", "claim", "quote"])
def test_it_leaves_adding_extracted_things_to_the_ingest(chief_client, model):
    response = chief_client.get(reverse(f"admin:articles_{model}_add"))

    assert response.status_code == 403


def test_it_shows_counts_and_ratings_in_the_lists(chief_client, work):
    ClaimFactory(article=work["article"], text="Critics said the plan may raise taxes for 3,000 households.")

    articles = chief_client.get(reverse("admin:articles_article_changelist")).content.decode()
    claims = chief_client.get(reverse("admin:articles_claim_changelist")).content.decode()

    assert '<td class="field-claim_count">2</td>' in articles
    assert '<td class="field-quote_count">1</td>' in articles
    assert "Mostly true" in claims


@pytest.mark.parametrize("model", MODELS)
def test_it_lists_without_a_query_per_row(chief_client, django_assert_max_num_queries, editor, model):
    url = reverse(f"admin:articles_{model}_changelist")
    for _ in range(8):
        article = ArticleFactory()
        claim = ClaimFactory(article=article)
        quote = QuoteFactory(article=article)
        NoteFactory(claim=claim, created_by=editor)
        SourceFactory(quote=quote, claim=None, created_by=editor)
        VerdictFactory(claim=claim, created_by=editor)
        VerdictFactory(quote=quote, claim=None, created_by=editor)

    # Session, user, count and the page itself, plus the filters' choices: never one per row.
    with django_assert_max_num_queries(12):
        response = chief_client.get(url)
    assert response.status_code == 200


def test_it_records_the_chief_as_author_of_work_added_in_the_admin(chief_client, chief):
    claim = ClaimFactory()

    response = chief_client.post(
        reverse("admin:articles_note_add"), {"claim": claim.pk, "text": "Desk: check the minutes."}
    )

    assert response.status_code == 302
    note = Note.objects.get()
    assert (note.created_by, note.claim) == (chief, claim)


def test_it_records_who_rated_in_a_claims_verdict_inline(chief_client, chief, editor):
    claim = ClaimFactory()
    VerdictFactory(claim=claim, created_by=editor, rating="true")
    url = reverse("admin:articles_claim_change", args=[claim.pk])
    verdict = claim.verdict
    data = {
        "status": "new",
        "dismissed_reason": "",
        "score": claim.score,
        "hedge": "",
        "quantities": "[]",
        "verdict-TOTAL_FORMS": "1",
        "verdict-INITIAL_FORMS": "1",
        "verdict-0-id": verdict.pk,
        "verdict-0-claim": claim.pk,
        "verdict-0-rating": "false",
        "verdict-0-rationale": "The minutes say otherwise.",
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-0-url": "https://council.example.org/minutes",
        "sources-0-title": "Minutes",
        "sources-0-stance": "refutes",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
    }

    response = chief_client.post(url, data)

    assert response.status_code == 302, response.context["errors"] if response.context else response
    verdict.refresh_from_db()
    assert (verdict.rating, verdict.created_by, verdict.updated_by) == ("false", editor, chief)
    assert Source.objects.get().created_by == chief
    claim.refresh_from_db()
    assert Verdict.objects.count() == 1


@pytest.mark.parametrize("url", ["admin:articles_article_changelist", "admin:articles_claim_changelist"])
def test_it_sends_editors_to_the_admin_login(editor_client, url):
    response = editor_client.get(reverse(url))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_it_finds_speakers_for_autocomplete(chief_client, work):
    SpeakerFactory(name="Kang Dong-wan")

    response = chief_client.get(
        reverse("admin:autocomplete"),
        {"term": "kang", "app_label": "articles", "model_name": "quote", "field_name": "speaker"},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Kang Dong-wan"]
