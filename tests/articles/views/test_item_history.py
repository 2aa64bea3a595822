import pytest
from django.urls import reverse

from articles.services.workflow import verdict_set
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-history", args=[kind, item.pk])


def test_it_shows_what_a_verdict_said_before_it_changed(editor_client, editor, checker):
    claim = ClaimFactory()
    verdict_set(item=claim, user=checker, rating="true", rationale="The minutes say so.")
    verdict_set(item=claim, user=editor, rating="mostly_true", rationale="Last year was $4.0 million.")
    response = editor_client.get(url(claim))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Verdict changed" in html and "Verdict proposed" in html
    assert "Alice Editor" in html and "Chris Checker" in html
    assert '<td class="old">The minutes say so.</td><td class="new">Last year was $4.0 million.</td>' in html
    assert "Status" in html and "Verdict proposed" in html
    assert claim.text in html


def test_it_answers_htmx_with_the_timeline_only(editor_client, checker):
    claim = ClaimFactory()
    verdict_set(item=claim, user=checker, rating="true", rationale="Checked.")
    response = editor_client.get(url(claim), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<section class="item-history"')


def test_a_checker_reads_every_history(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status="assigned")
    assert checker_client.get(url(claim)).status_code == 200


def test_the_card_links_to_it(editor_client):
    claim = ClaimFactory()
    html = editor_client.get(reverse("articles:review", args=[claim.article_id])).content.decode()
    assert f'<a href="{url(claim)}" hx-get="{url(claim)}" hx-target="#{claim.dom_id}-history"' in html
    assert f'<div id="{claim.dom_id}-history" class="card-history"></div>' in html


def test_it_rejects_post(editor_client):
    assert editor_client.post(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    assert editor_client.get(reverse("articles:item-history", args=["quotes", 999999])).status_code == 404


def test_it_runs_a_fixed_number_of_queries(editor_client, checker, django_assert_num_queries):
    claim = ClaimFactory()
    for n in range(5):
        verdict_set(item=claim, user=checker, rating="true", rationale=f"Take {n}.")
    editor_client.get(url(claim))
    # session, user, desk role, item, the timeline's rows (4) and the names they point at (1)
    with django_assert_num_queries(9):
        editor_client.get(url(claim))
