import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import ItemStatus
from tests.factories import ClaimFactory, VerdictFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item) -> str:
    return reverse("articles:item-publish", args=["claims", item.pk])


def approved(editor):
    claim = ClaimFactory(status=ItemStatus.APPROVED)
    VerdictFactory(claim=claim, approved_by=editor, approved_at=timezone.now())
    return claim


def test_the_chief_publishes_an_approved_item(chief_client, editor):
    claim = approved(editor)
    response = chief_client.post(url(claim))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PUBLISHED


def test_it_answers_htmx_with_the_published_card(chief_client, editor):
    claim = approved(editor)
    response = chief_client.post(url(claim), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Published</span>" in html
    assert ">Publish</button>" not in html
    assert ">Save verdict</button>" not in html


def test_an_editor_may_not_publish(editor_client, editor):
    claim = approved(editor)
    html = editor_client.get(claim.get_absolute_url()).content.decode()
    assert ">Publish</button>" not in html
    response = editor_client.post(url(claim))
    assert response.status_code == 403
    assert "Only the desk chief publishes." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.APPROVED


def test_it_refuses_an_item_not_approved(chief_client):
    claim = ClaimFactory(status=ItemStatus.PROPOSED)
    response = chief_client.post(url(claim), **HTMX)
    assert response.status_code == 200
    assert "publishing it is not possible now" in response.content.decode()


def test_it_rejects_get(chief_client):
    assert chief_client.get(url(ClaimFactory())).status_code == 405
