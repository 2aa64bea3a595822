"""The desk in Chromium: edit conflicts between two editors, four eyes, keyboard triage."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from articles.models import Verdict
from tests.factories import ClaimFactory, QuoteFactory, SourceFactory

pytestmark = pytest.mark.django_db(transaction=True)
CLAIM = "The city council approved a budget"


def open_card(page: Page, live_server, claim):
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    card = page.locator(f"#{claim.dom_id}")
    expect(card.get_by_label("Rating")).to_be_visible()
    return card


def test_two_editors_saving_one_verdict_see_the_conflict_and_lose_nothing(browser, live_server, log_in):
    claim = ClaimFactory()
    alice = log_in(browser.new_context().new_page(), "alice")
    bob = log_in(browser.new_context().new_page(), "bob")
    alice_card, bob_card = open_card(alice, live_server, claim), open_card(bob, live_server, claim)
    for card, text in [
        (alice_card, "Alice: last year's budget was $4.0 million."),
        (bob_card, "Bob: minutes"),
    ]:
        card.get_by_label("Rating").select_option(label="Mostly true")
        card.get_by_label("Rationale").fill(text)
    alice_card.get_by_role("button", name="Save verdict").click()
    expect(alice.locator(f"#{claim.dom_id}")).to_contain_text("Verdict proposed")

    bob_card.get_by_role("button", name="Save verdict").click()
    conflict = bob.locator(f"#{claim.dom_id} .conflict")
    expect(conflict).to_contain_text("Alice Tester saved this verdict")
    expect(conflict.locator(".theirs")).to_contain_text("Alice: last year's budget was $4.0 million.")
    rationale = conflict.locator(".yours").get_by_label("Rationale")
    expect(rationale).to_have_value("Bob: minutes")
    rationale.fill("Alice: last year's budget was $4.0 million. Bob: minutes of 24 November.")
    conflict.get_by_role("button", name="Save mine over theirs").click()
    expect(bob.locator(f"#{claim.dom_id} .verdict")).to_contain_text("Bob: minutes of 24 November.")
    assert Verdict.objects.get().rationale.startswith("Alice: last year's budget was $4.0 million. Bob:")


def test_a_checker_proposes_a_verdict_with_sources_and_an_editor_approves_it(browser, live_server, log_in):
    claim = ClaimFactory()
    SourceFactory(claim=claim, is_primary=True)
    chris = log_in(browser.new_context().new_page(), "chris", role="checker")
    card = open_card(chris, live_server, claim)
    expect(card.get_by_role("button", name="Approve")).to_have_count(0)
    card.get_by_label("URL").fill("https://example.org/budget-2025")
    card.get_by_label("Title", exact=True).fill("Budget 2025")
    card.get_by_label("Stance").select_option(value="supports")
    card.get_by_role("button", name="Add source").click()
    card = chris.locator(f"#{claim.dom_id}")
    expect(card).to_contain_text("Budget 2025")
    card.get_by_label("Rating").select_option(label="True")
    card.get_by_label("Rationale").fill("Both budgets are in the minutes.")
    card.get_by_role("button", name="Save verdict").click()
    expect(chris.locator(f"#{claim.dom_id}")).to_contain_text("Assigned to Chris Tester")

    alice = log_in(browser.new_context().new_page(), "alice")
    card = open_card(alice, live_server, claim)
    expect(card).to_contain_text("Verdict proposed")
    card.get_by_role("button", name="Approve").click()
    expect(alice.locator(f"#{claim.dom_id}")).to_contain_text("Approved by Alice Tester")


def test_keyboard_triage_on_the_review_page_and_the_queue(page: Page, live_server, log_in):
    claim = ClaimFactory()
    quote = QuoteFactory(article=claim.article)
    log_in(page)
    page.goto(f"{live_server.url}/articles/{claim.article_id}/")
    page.keyboard.press("j")
    expect(page.locator(f"#{claim.dom_id}")).to_have_class("item-card claim selected")
    page.keyboard.press("j")
    expect(page.locator(f"#{quote.dom_id}")).to_have_class("item-card quote selected")
    expect(page.locator(f"#{claim.dom_id}")).to_have_class("item-card claim")
    page.keyboard.press("r")
    expect(page.locator(f"#{quote.dom_id}").get_by_label("Rating")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("?")
    expect(page.get_by_text("Next claim or quote")).to_be_visible()
    page.keyboard.press("k")
    expect(page.locator(f"#{claim.dom_id}")).to_have_class("item-card claim selected")

    page.goto(f"{live_server.url}/")
    page.keyboard.press("j")
    expect(page.locator("table[data-rows] tbody tr").first).to_have_class("current")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/articles/{claim.article_id}/$"))
