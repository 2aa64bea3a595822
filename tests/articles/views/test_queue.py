from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Claim, ItemStatus, Note
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    NoteFactory,
    QuoteFactory,
    SourceFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db
URL = reverse("articles:queue")


def test_it_requires_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next=/"


def test_it_lists_articles_with_their_counts(editor_client):
    article = ArticleFactory(title="Council approves budget", outlet="The Daily Test", section="Local")
    claim = ClaimFactory(article=article, score=0.9)
    ClaimFactory(
        article=article,
        text="Critics said the plan may raise taxes for 3,000 households.",
        score=0.3,  # below the threshold: not counted
    )
    quote = QuoteFactory(article=article)
    QuoteFactory(article=article, text="Critics said", status=ItemStatus.DISMISSED)  # dismissed: not counted
    VerdictFactory(claim=claim)
    VerdictFactory(claim=None, quote=quote)
    html = editor_client.get(URL).content.decode()
    assert f'<a href="{article.get_absolute_url()}">Council approves budget</a>' in html
    assert "The Daily Test" in html and "Local" in html
    counts = html.split("Council approves budget")[1]
    cells = counts.split("</tr>")[0].split('<td class="num">')[1:]
    assert [cell.split("<")[0] for cell in cells] == ["1", "1", "2"]
    assert "Add article" in html


def test_it_shows_the_last_activity(editor_client):
    claim = ClaimFactory()
    note = NoteFactory(claim=claim)
    later = timezone.now() + timedelta(days=3)
    Note.objects.filter(pk=note.pk).update(created_at=later)
    article = editor_client.get(URL).context["page"].object_list[0]
    assert article.last_activity == later
    assert timezone.localtime(later).strftime("%H:%M") in editor_client.get(URL).content.decode()


def test_it_lists_newest_first_and_paginates(editor_client):
    articles = [ArticleFactory(title=f"Story {i:02d}") for i in range(30)]
    html = editor_client.get(URL).content.decode()
    assert html.index("Story 29") < html.index("Story 28")
    assert "Story 04" not in html  # the 26th newest is on page 2
    assert "Page 1 of 2" in html
    html = editor_client.get(URL + "?page=2").content.decode()
    assert "Story 04" in html and "Story 00" in html
    assert len(articles) == 30


def test_it_tolerates_a_bad_page_number(editor_client):
    ArticleFactory()
    assert editor_client.get(URL + "?page=banana").status_code == 200
    assert editor_client.get(URL + "?page=999").status_code == 200


def test_it_escapes_hostile_titles(editor_client):
    ArticleFactory(title="<script>alert(1)</script>")
    html = editor_client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_runs_a_fixed_number_of_queries(editor_client, django_assert_num_queries):
    def build() -> None:
        claim = ClaimFactory()
        NoteFactory(claim=claim)
        SourceFactory(claim=claim)
        VerdictFactory(claim=claim)

    build()
    editor_client.get(URL)
    # session, user, desk role, filter choices (states need none: sections, outlets, people), count, page
    with django_assert_num_queries(8):
        assert editor_client.get(URL).content.decode().count("<tr>") == 2
    for _ in range(9):
        build()
    assert Claim.objects.count() == 10
    with django_assert_num_queries(8):
        assert editor_client.get(URL).content.decode().count("<tr>") == 11


def test_it_rejects_post(editor_client):
    assert editor_client.post(URL).status_code == 405


def filtered(client, **params):
    html = client.get(URL, params).content.decode()
    return {title for title in ["Budget", "Election", "Harbour"] if f">{title}</a>" in html}


@pytest.fixture
def three_articles(checker):
    budget = ClaimFactory(article=ArticleFactory(title="Budget", section="Local", outlet="The Daily Test"))
    election = ClaimFactory(
        article=ArticleFactory(title="Election", section="Politics", outlet="The Daily Test"),
        assignee=checker,
        status=ItemStatus.IN_REVIEW,
        text="Critics said the plan may raise taxes for 3,000 households.",
    )
    ArticleFactory(title="Harbour", section="Local", outlet="Harbour News")
    return budget, election


def test_it_filters_by_state_assignee_section_outlet_and_text(editor_client, checker, three_articles):
    assert filtered(editor_client) == {"Budget", "Election", "Harbour"}
    assert filtered(editor_client, state="in_review") == {"Election"}
    assert filtered(editor_client, state="new") == {"Budget"}
    assert filtered(editor_client, assignee=checker.pk) == {"Election"}
    assert filtered(editor_client, assignee="none") == {"Budget"}
    assert filtered(editor_client, section="Local") == {"Budget", "Harbour"}
    assert filtered(editor_client, outlet="Harbour News") == {"Harbour"}
    assert filtered(editor_client, q="TAXES") == {"Election"}
    assert filtered(editor_client, q="harb") == {"Harbour"}
    assert filtered(editor_client, section="Local", outlet="The Daily Test") == {"Budget"}


def test_it_shows_the_filters_as_a_get_form(editor_client, three_articles):
    html = editor_client.get(URL, {"section": "Local"}).content.decode()
    assert '<form class="filters" method="get" action="/"' in html
    assert 'hx-get="/" hx-target="#queue-results" hx-swap="outerHTML" hx-push-url="true"' in html
    assert '<option value="Local" selected>Local</option>' in html
    assert '<option value="none">Unassigned</option>' in html
    assert "Chris Checker</option>" in html


def test_it_ignores_bad_filter_values(editor_client, three_articles):
    response = editor_client.get(URL, {"state": "bogus", "assignee": "999999", "section": "Nowhere"})
    assert response.status_code == 200
    assert filtered(editor_client, state="bogus") == {"Budget", "Election", "Harbour"}


def test_it_answers_htmx_with_the_results_only(editor_client, three_articles):
    response = editor_client.get(URL, {"q": "budget"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.strip().startswith('<div id="queue-results">')
    assert ">Budget</a>" in html and ">Harbour</a>" not in html
    assert "<form" not in html


def test_it_says_when_nothing_matches(editor_client, three_articles):
    assert "No article matches these filters." in editor_client.get(URL, {"q": "zebra"}).content.decode()


def test_pages_keep_the_filters(editor_client):
    for i in range(30):
        ArticleFactory(title=f"Story {i:02d}", section="Local")
    html = editor_client.get(URL, {"section": "Local"}).content.decode()
    assert 'href="?section=Local&amp;page=2" rel="next"' in html
    html = editor_client.get(URL, {"section": "Local", "page": 2}).content.decode()
    assert 'href="?section=Local&amp;page=1" rel="prev"' in html


def test_the_rows_and_the_shortcut_help_are_there_for_the_keyboard(editor_client):
    ArticleFactory()
    html = editor_client.get(URL).content.decode()
    assert '<table class="queue" data-rows>' in html
    assert '<details id="shortcuts" class="shortcuts" data-shortcuts="queue">' in html
    assert "<summary>Keyboard shortcuts (?)</summary>" in html
