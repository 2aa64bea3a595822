import pytest
from django.urls import reverse

from articles.models import Verdict
from tests.factories import ClaimFactory, QuoteFactory, VerdictFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-verdict", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    assert client.post(url(claim), {"rating": "true", "rationale": "x"}).status_code == 302
    assert not Verdict.objects.exists()


def test_it_rates_a_claim(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(
        url(claim), {"rating": "misleading", "rationale": "Omits last year's cut.", "version": 0}
    )
    assert response.status_code == 302
    verdict = Verdict.objects.get()
    assert (verdict.claim, verdict.rating, verdict.updated_by) == (claim, "misleading", editor)
    page = editor_client.get(response.url).content.decode()
    assert "Misleading" in page
    assert "Omits last year&#x27;s cut." in page


def test_it_updates_the_verdict_in_place(editor_client, other_editor):
    quote = QuoteFactory()
    verdict = VerdictFactory(claim=None, quote=quote, rating="true", created_by=other_editor)
    response = editor_client.post(
        url(quote, "quotes"), {"rating": "false", "rationale": "He never said it.", "version": 1}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{quote.dom_id}"' in html
    assert "He never said it." in html
    assert "Rated by Alice Editor" in html
    verdict.refresh_from_db()
    assert (verdict.rating, verdict.rationale) == ("false", "He never said it.")
    assert Verdict.objects.count() == 1


def test_it_offers_the_fixed_scale(editor_client):
    claim = ClaimFactory()
    review = reverse("articles:review", args=[claim.article_id])
    html = editor_client.get(f"{review}?selected={claim.dom_id}").content.decode()
    for label in [
        "True",
        "Mostly true",
        "Half true",
        "Misleading",
        "Mostly false",
        "False",
        "Unproven",
        "Not checkable",
    ]:
        assert f">{label}</option>" in html


def test_it_refuses_an_unknown_rating(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"rating": "pants_on_fire", "rationale": ""}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice." in html
    assert "This field is required." in html
    assert not Verdict.objects.exists()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    response = editor_client.post(
        reverse("articles:item-verdict", args=["claims", 999999]), {"rating": "true", "rationale": "x"}
    )
    assert response.status_code == 404


def test_it_says_when_the_item_was_dismissed_meanwhile(editor_client):
    claim = ClaimFactory(status="dismissed", dismissed_reason="Opinion")
    response = editor_client.post(
        url(claim), {"rating": "true", "rationale": "Checked.", "version": 0}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This claim is dismissed; restore it before" in html
    assert ">Restore</button>" in html
    assert not Verdict.objects.exists()


def test_a_checker_proposes_on_an_unassigned_claim_and_takes_it(checker_client, checker):
    claim = ClaimFactory()
    data = {"rating": "true", "rationale": "Checked.", "version": 0}
    assert checker_client.post(url(claim), data).status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("proposed", checker)


def test_a_checker_may_not_rate_someone_elses_claim(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status="assigned")
    response = checker_client.post(url(claim), {"rating": "true", "rationale": "Mine now.", "version": 0})
    assert response.status_code == 403
    assert "ask an editor to reassign it to you" in response.content.decode()
    assert not Verdict.objects.exists()


def test_the_form_carries_the_verdicts_version(editor_client):
    verdict = VerdictFactory(version=4)
    html = editor_client.get(verdict.claim.get_absolute_url()).content.decode()
    assert (
        f'<input type="hidden" name="version" value="4" id="{verdict.claim.dom_id}-verdict-version">' in html
    )


def conflicting(other_editor):
    """A verdict Bob saved (version 2) while Alice's form still showed version 1."""
    verdict = VerdictFactory(
        rating="true", rationale="Bob: the minutes agree.", created_by=other_editor, version=2
    )
    return verdict, {"rating": "false", "rationale": "Alice: last year was higher.", "version": 1}


def test_a_stale_save_shows_theirs_beside_yours_and_keeps_what_was_typed(editor_client, other_editor):
    verdict, data = conflicting(other_editor)
    response = editor_client.post(url(verdict.claim), data, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Edit conflict" in html
    assert "saved this verdict" in html and "while you were editing it" in html
    theirs, yours = html.split('<div class="theirs">')[1].split('<form class="item-form yours"')
    assert "Bob: the minutes agree." in theirs and "<dd>True</dd>" in theirs
    assert ">Keep theirs (discard mine)</a>" in theirs
    assert "Alice: last year was higher.</textarea>" in yours
    assert '<option value="false" selected>False</option>' in yours
    assert 'name="version" value="2"' in yours  # saving now overwrites theirs, knowingly
    assert ">Save mine over theirs</button>" in yours
    verdict.refresh_from_db()
    assert verdict.rationale == "Bob: the minutes agree."


def test_a_stale_plain_post_gets_409_with_the_conflict(editor_client, other_editor):
    verdict, data = conflicting(other_editor)
    response = editor_client.post(url(verdict.claim), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "<html" in html and "Edit conflict" in html and "Alice: last year was higher." in html


def test_saving_mine_over_theirs_after_the_conflict(editor_client, other_editor):
    verdict, data = conflicting(other_editor)
    editor_client.post(url(verdict.claim), data, **HTMX)
    merged = {**data, "rationale": "Bob: the minutes agree. Alice: last year was higher.", "version": 2}
    response = editor_client.post(url(verdict.claim), merged, **HTMX)
    assert response.status_code == 200
    assert "Edit conflict" not in response.content.decode()
    verdict.refresh_from_db()
    assert verdict.rationale == merged["rationale"]


def test_two_first_verdicts_conflict_too(editor_client, other_editor):
    claim = ClaimFactory()
    VerdictFactory(claim=claim, created_by=other_editor)
    response = editor_client.post(url(claim), {"rating": "true", "rationale": "Mine.", "version": 0}, **HTMX)
    assert "Edit conflict" in response.content.decode()


def test_a_refusal_to_htmx_carries_the_reason_for_the_card(checker_client, other_editor):
    # app.js shows the .denied-message of a 403 in the form, since htmx does not swap errors.
    claim = ClaimFactory(assignee=other_editor, status="assigned")
    data = {"rating": "true", "rationale": "Mine now.", "version": 0}
    response = checker_client.post(url(claim), data, **HTMX)
    assert response.status_code == 403
    assert (
        '<p class="denied-message" role="alert">This claim is assigned to Bob Checker;'
        in response.content.decode()
    )
