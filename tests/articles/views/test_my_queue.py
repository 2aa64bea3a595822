from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory, VerdictFactory

pytestmark = pytest.mark.django_db
URL = reverse("articles:my-queue")
S = ItemStatus


def test_it_lists_what_waits_for_a_checker_best_first(checker_client, checker, other_editor):
    now = timezone.now()
    low = ClaimFactory(score=0.6, assignee=checker, status=S.ASSIGNED, assigned_at=now)
    high = ClaimFactory(score=0.9, assignee=checker, status=S.RETURNED, assigned_at=now)
    quote = QuoteFactory(assignee=checker, status=S.IN_REVIEW, assigned_at=now - timedelta(days=1))
    ClaimFactory(score=0.99, assignee=other_editor, status=S.ASSIGNED)  # someone else's
    ClaimFactory(score=0.99)  # nobody's
    response = checker_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(f'id="entry-{item.dom_id}"') for item in (high, low, quote)]
    assert positions == sorted(positions)
    assert html.count('<tr id="entry-') == 3
    assert f'href="{high.get_absolute_url()}"' in html
    for label in ["Assigned", "In review", "Returned"]:
        assert f">{label}</span> <strong>1</strong>" in html, label
    assert "Awaiting approval" not in html and ">Verdict proposed</span> <strong>" not in html


def test_an_editor_also_sees_verdicts_awaiting_approval(editor_client, checker):
    claim = ClaimFactory(status=S.PROPOSED)
    VerdictFactory(claim=claim, created_by=checker)
    html = editor_client.get(URL).content.decode()
    assert f'id="entry-{claim.dom_id}"' in html
    assert ">Verdict proposed</span> <strong>1</strong>" in html


def test_it_says_when_nothing_waits(checker_client):
    assert "Nothing waits for you." in checker_client.get(URL).content.decode()


def test_the_nav_links_to_it(checker_client):
    html = checker_client.get(reverse("articles:queue")).content.decode()
    assert f'<a href="{URL}">My queue</a>' in html


def test_it_rejects_post(checker_client):
    assert checker_client.post(URL).status_code == 405


def test_it_runs_a_fixed_number_of_queries(editor_client, editor, checker, django_assert_num_queries):
    def build():
        ClaimFactory(assignee=editor, status=S.ASSIGNED)
        proposed = QuoteFactory(status=S.PROPOSED)
        VerdictFactory(claim=None, quote=proposed, created_by=checker)

    build()
    editor_client.get(URL)
    # session, user, desk role, claims, quotes
    with django_assert_num_queries(5):
        assert editor_client.get(URL).content.decode().count('<tr id="entry-') == 2
    for _ in range(5):
        build()
    with django_assert_num_queries(5):
        assert editor_client.get(URL).content.decode().count('<tr id="entry-') == 12
