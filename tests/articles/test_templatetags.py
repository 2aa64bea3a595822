from datetime import UTC, datetime

import pytest

from articles.templatetags.workbench import desk_role, in_offset, returned_note, web_url, who
from tests.factories import NoteFactory, UserFactory

MOMENT = datetime(2023, 1, 25, 7, 47, tzinfo=UTC)


def test_it_shows_times_at_the_articles_own_offset():
    assert in_offset(MOMENT, 540) == "25 Jan 2023, 16:47 +09:00"
    assert in_offset(MOMENT, -330) == "25 Jan 2023, 02:17 -05:30"
    assert in_offset(MOMENT, 0) == "25 Jan 2023, 07:47 +00:00"


def test_it_falls_back_to_utc_and_to_nothing():
    assert in_offset(MOMENT, None) == "25 Jan 2023, 07:47 UTC"
    assert in_offset(None, 540) == ""


def test_who_prefers_the_full_name():
    assert who(UserFactory.build(username="x", first_name="Ann", last_name="Lee")) == "Ann Lee"
    assert who(UserFactory.build(username="x", first_name="", last_name="")) == "x"
    assert who(None) == "someone"


def test_web_url_keeps_only_http_links():
    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url(" HTTP://example.org ") == "HTTP://example.org"
    assert web_url("javascript:alert(1)") == ""
    assert web_url("") == ""


@pytest.mark.django_db
def test_desk_role_names_the_highest_role(checker, chief, no_role_user):
    assert (desk_role(checker), desk_role(chief), desk_role(no_role_user)) == ("checker", "chief", "")


@pytest.mark.django_db
def test_returned_note_is_the_latest_return():
    first = NoteFactory(text="Returned: add a source.")
    NoteFactory(claim=first.claim, text="Called the council.")
    last = NoteFactory(claim=first.claim, text="Returned: the primary source, please.")
    assert returned_note(list(first.claim.notes.all())) == last
    assert returned_note([]) is None
