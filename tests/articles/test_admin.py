"""The desk chief's admin: every page opens, with search and filters; editors are kept out."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from articles.models import ItemStatus, Note, Source, Verdict
from articles.roles import Role
from articles.services.accounts import user_role_set
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    NoteFactory,
    QuoteFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
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


# The desk chief as most newsrooms have one: in the chief group, staff, not a superuser.
@pytest.fixture
def desk_chief(db):
    user = UserFactory(username="dana", first_name="Dana", last_name="Chief")
    return user_role_set(user=user, role=Role.CHIEF)


@pytest.fixture
def desk_chief_client(desk_chief) -> Client:
    client = Client()
    client.force_login(desk_chief)
    return client


def claim_form(claim, **extra) -> dict:
    """The claim's change form as the admin shows it, no inline rows."""
    data = {"score": claim.score, "hedge": "", "quantities": "[]", "expected_version": claim.version}
    for prefix in ["verdict", "sources", "notes"]:
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data | extra


def test_it_makes_a_chief_staff_and_no_one_else(desk_chief, editor):
    assert desk_chief.is_staff and not desk_chief.is_superuser

    user_role_set(user=desk_chief, role=Role.EDITOR)
    user_role_set(user=editor, role=Role.EDITOR)

    desk_chief.refresh_from_db()
    assert not desk_chief.is_staff
    assert list(desk_chief.groups.values_list("name", flat=True)) == ["editor"]
    assert not editor.is_staff


@pytest.mark.parametrize(
    "url",
    [
        "admin:index",
        "admin:articles_claim_changelist",
        "admin:articles_quote_changelist",
        "admin:articles_verdict_changelist",
        "admin:auth_user_changelist",
        "admin:auth_group_changelist",
    ],
)
def test_it_lets_a_chief_who_is_not_a_superuser_in(desk_chief_client, work, url):
    response = desk_chief_client.get(reverse(url))

    assert response.status_code == 200


@pytest.mark.parametrize("cast", ["checker_client", "editor_client", "no_role_client"])
def test_it_keeps_everyone_but_chiefs_out(request, cast):
    response = request.getfixturevalue(cast).get(reverse("admin:articles_verdict_changelist"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_it_gives_staff_status_with_the_chief_group_in_the_user_admin(desk_chief_client, checker):
    url = reverse("admin:auth_user_change", args=[checker.pk])
    page = desk_chief_client.get(url)
    data = {
        "username": checker.username,
        "first_name": checker.first_name,
        "last_name": checker.last_name,
        "email": checker.email,
        "is_active": "on",
        "groups": [Group.objects.get(name="chief").pk],
        "date_joined_0": page.context["adminform"].form["date_joined"].value().strftime("%Y-%m-%d"),
        "date_joined_1": "10:00:00",
    }

    response = desk_chief_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    checker.refresh_from_db()
    assert checker.is_staff and not checker.is_superuser
    client = Client()
    client.force_login(checker)
    assert client.get(reverse("admin:articles_claim_changelist")).status_code == 200

    data["groups"] = [Group.objects.get(name="checker").pk]
    desk_chief_client.post(url, data)
    checker.refresh_from_db()
    assert not checker.is_staff


def test_it_shows_each_users_desk_role(desk_chief_client, chief, editor, checker, no_role_user):
    response = desk_chief_client.get(reverse("admin:auth_user_changelist"))

    roles = {
        user.username: response.context["cl"].model_admin.desk_role(user)
        for user in response.context["cl"].result_list
    }
    assert roles == {
        "chief": "chief",
        "dana": "chief",
        "alice": "editor",
        "chris": "checker",
        "nora": "\u2013",
    }


def test_it_leaves_superusers_to_superusers(desk_chief_client, chief):
    page = desk_chief_client.get(reverse("admin:auth_user_change", args=[chief.pk]))
    own = desk_chief_client.get(
        reverse("admin:auth_user_change", args=[desk_chief_client.session["_auth_user_id"]])
    )

    # A superuser's page is read-only to a chief who is not one; their own cannot make them one.
    assert "is_superuser" not in page.context["adminform"].form.fields
    assert page.context["has_change_permission"] is False
    assert "is_superuser" not in own.context["adminform"].form.fields
    assert "is_staff" not in own.context["adminform"].form.fields


@pytest.mark.parametrize("model", ["claim", "quote", "verdict", "source", "note"])
def test_it_shows_each_objects_history(chief_client, work, model):
    response = chief_client.get(reverse(f"admin:articles_{model}_history", args=[work[model].pk]))

    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 1


def test_it_shows_what_a_verdict_said_before(chief_client, work, editor):
    verdict = work["verdict"]
    verdict.rationale, verdict.version = "Checked against the minutes.", 2
    verdict._history_user = editor
    verdict.save()

    response = chief_client.get(reverse("admin:articles_verdict_history", args=[verdict.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    assert "last year&#x27;s was $4.0 million" in page and "Checked against the minutes." in page


def test_it_restores_no_old_version(chief_client, work):
    verdict = work["verdict"]
    row = verdict.history.get()
    url = reverse("admin:articles_verdict_simple_history", args=[verdict.pk, row.history_id])

    assert chief_client.get(url).status_code == 200
    assert chief_client.post(url, {"rating": "false", "rationale": "Old."}).status_code == 403


def test_it_refuses_a_stale_admin_save(chief_client, work):
    claim = work["claim"]
    url = reverse("admin:articles_claim_change", args=[claim.pk])
    stale = claim.version
    claim.version += 1  # an editor saved meanwhile
    claim.save()

    response = chief_client.post(url, claim_form(claim, expected_version=stale, hedge="reportedly"))

    assert response.status_code == 200
    assert "while you were editing it" in str(response.context["adminform"].form.non_field_errors())
    claim.refresh_from_db()
    assert claim.hedge == ""


def test_it_saves_a_fresh_admin_change_as_a_new_version(chief_client, chief, work):
    claim = work["claim"]

    response = chief_client.post(
        reverse("admin:articles_claim_change", args=[claim.pk]), claim_form(claim, hedge="reportedly")
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.hedge, claim.version) == ("reportedly", 2)
    assert claim.history.first().history_user == chief


def action(client: Client, model: str, name: str, items, **extra):
    data = {"action": name, "_selected_action": [item.pk for item in items], **extra}
    return client.post(reverse(f"admin:articles_{model}_changelist"), data, follow=True)


def test_it_assigns_selected_items_through_the_workflow(desk_chief_client, desk_chief, checker, work):
    quote = work["quote"]

    response = action(desk_chief_client, "quote", "assign", [quote], assignee=checker.pk)

    assert "1 assigned to" in response.content.decode()
    quote.refresh_from_db()
    assert (quote.assignee, quote.status, quote.version) == (checker, ItemStatus.ASSIGNED, 2)
    assert quote.history.first().history_user == desk_chief

    action(desk_chief_client, "quote", "unassign", [quote])
    quote.refresh_from_db()
    assert (quote.assignee, quote.status) == (None, ItemStatus.NEW)


def test_it_asks_whom_to_assign_to(desk_chief_client, work):
    response = action(desk_chief_client, "claim", "assign", [work["claim"]], assignee="")

    assert "Choose whom to assign them to." in response.content.decode()


def test_it_says_why_an_item_is_not_published(desk_chief_client, work):
    claim = work["claim"]
    approved = ClaimFactory(
        article=claim.article, text="Critics said the plan may raise taxes for 3,000 households."
    )
    approved.status = ItemStatus.APPROVED
    approved.save()

    response = action(desk_chief_client, "claim", "publish", [claim, approved])

    page = response.content.decode()
    assert "1 published." in page
    assert "so publishing it is not possible now" in page
    approved.refresh_from_db()
    claim.refresh_from_db()
    assert (approved.status, claim.status) == (ItemStatus.PUBLISHED, ItemStatus.NEW)


def test_it_refuses_a_stale_verdict_in_the_claims_inline(chief_client, work):
    claim, verdict = work["claim"], work["verdict"]
    stale = verdict.version
    verdict.version += 1  # an editor saved it meanwhile
    verdict.save()
    inline = {
        "verdict-TOTAL_FORMS": "1",
        "verdict-INITIAL_FORMS": "1",
        "verdict-0-id": verdict.pk,
        "verdict-0-claim": claim.pk,
        "verdict-0-rating": "false",
        "verdict-0-rationale": "The minutes say otherwise.",
        "verdict-0-expected_version": stale,
    }
    url = reverse("admin:articles_claim_change", args=[claim.pk])

    response = chief_client.post(url, claim_form(claim) | inline)

    assert response.status_code == 200
    assert "while you were editing it" in str(response.context["inline_admin_formsets"][0].formset.errors)
    response = chief_client.post(url, claim_form(claim) | inline | {"verdict-0-expected_version": stale + 1})
    assert response.status_code == 302
    verdict.refresh_from_db()
    assert (verdict.rationale, verdict.version) == ("The minutes say otherwise.", stale + 2)


def test_it_finds_items_by_their_assignee(chief_client, work, checker):
    ClaimFactory(article=work["article"], text="Critics said the plan may raise taxes for 3,000 households.")
    work["claim"].assignee = checker
    work["claim"].save()

    response = chief_client.get(reverse("admin:articles_claim_changelist"), {"q": "checker"})

    assert list(response.context["cl"].result_list) == [work["claim"]]
