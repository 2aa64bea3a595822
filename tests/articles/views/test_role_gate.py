"""An account in no desk group sees a polite 403 page, and no article, on every app URL."""

import pytest
from django.urls import reverse

from tests.factories import ClaimFactory, NoteFactory

pytestmark = pytest.mark.django_db


def test_it_asks_an_account_with_no_role_to_ask_for_access(no_role_client):
    claim = ClaimFactory()
    NoteFactory(claim=claim, text="Secret desk note.")
    for url in [reverse("articles:queue"), claim.article.get_absolute_url(), reverse("articles:my-queue")]:
        response = no_role_client.get(url)
        assert response.status_code == 403, url
        html = response.content.decode()
        assert "ask your desk chief for access" in html
        assert claim.article.title not in html and "Secret desk note." not in html
        assert f'<form method="post" action="{reverse("logout")}">' in html
        assert ">Queue</a>" not in html and ">My queue</a>" not in html


def test_it_refuses_their_posts_too(no_role_client):
    claim = ClaimFactory()
    response = no_role_client.post(reverse("articles:item-note", args=["claims", claim.pk]), {"text": "Hi"})
    assert response.status_code == 403
    assert not claim.notes.exists()


def test_they_can_still_log_out(no_role_client):
    response = no_role_client.post(reverse("logout"))
    assert response.status_code == 302
    assert no_role_client.get(reverse("articles:queue")).status_code == 302


def test_anonymous_visitors_still_go_to_the_login_page(client):
    response = client.get(reverse("articles:my-queue"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_desk_roles_pass_and_see_their_role(checker_client, editor_client, chief_client):
    for client, role in [(checker_client, "Checker"), (editor_client, "Editor"), (chief_client, "Chief")]:
        response = client.get(reverse("articles:queue"))
        assert response.status_code == 200
        assert f'<span class="role-tag">{role}</span>' in response.content.decode()


def test_unknown_urls_stay_404(no_role_client):
    assert no_role_client.get("/no/such/page/").status_code == 404
