"""An editor's flow on the seed article, in Chromium: open, rate, source, annotate, reload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)

GOLD_TITLE = "9 North Korean workers in Russia defected to South Korea"


def open_seed_article(page: Page, log_in, seed_article) -> None:
    log_in(page)
    page.get_by_role("link", name=GOLD_TITLE).click()
    expect(page.get_by_role("heading", name=GOLD_TITLE)).to_be_visible()


def test_it_logs_in_and_shows_the_queue(page: Page, log_in, seed_article):
    log_in(page)
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("link", name=GOLD_TITLE)).to_be_visible()


def test_it_shows_the_seed_article_with_its_claims_and_quotes(page: Page, log_in, seed_article):
    open_seed_article(page, log_in, seed_article)
    expect(page.locator("mark.claim").first).to_be_visible()
    expect(page.locator("mark.quote").first).to_be_visible()
    quote_card = page.locator(".item-card.quote", has_text="caused a stir").first
    expect(quote_card).to_contain_text("Kang Dong-wan")
    expect(quote_card).to_contain_text("Yonhap")
    claim_card = page.locator(".item-card.claim", has_text="more than 20,000").first
    expect(claim_card).to_contain_text("believed")


def test_it_rates_a_claim_and_keeps_the_verdict_after_reload(page: Page, log_in, seed_article):
    open_seed_article(page, log_in, seed_article)
    card = page.locator(".item-card.claim", has_text="more than 20,000").first
    card.click()
    page.evaluate("window.stillTheSamePage = true")
    card.get_by_label("Rating").select_option(label="Unproven")
    card.get_by_label("Rationale").fill("No official count has been published since 2019.")
    card.get_by_role("button", name="Save verdict").click()
    saved = page.locator(".item-card.claim", has_text="more than 20,000").first.locator(".verdict")
    expect(saved).to_contain_text("Unproven")
    assert page.evaluate("window.stillTheSamePage") is True, "the verdict was saved with a page reload"

    page.reload()
    card = page.locator(".item-card.claim", has_text="more than 20,000").first
    expect(card).to_contain_text("Unproven")
    expect(card).to_contain_text("No official count has been published since 2019.")
    expect(card).to_contain_text("Alice")


def test_it_adds_a_source_and_a_note_to_a_quote(page: Page, log_in, seed_article):
    open_seed_article(page, log_in, seed_article)
    card = page.locator(".item-card.quote", has_text="caused a stir").first
    card.click()
    card.get_by_label("URL").fill("https://en.yna.co.kr/view/AEN20230125000000315")
    card.get_by_label("Title", exact=True).fill("Nine N. Korean workers in Russia defect to S. Korea")
    card.get_by_label("Publisher").fill("Yonhap")
    card.get_by_label("Stance").select_option(value="supports")
    card.get_by_label("Primary source").check()
    card.get_by_role("button", name="Add source").click()
    card = page.locator(".item-card.quote", has_text="caused a stir").first
    expect(card).to_contain_text("Nine N. Korean workers in Russia defect to S. Korea")

    card.get_by_label("Note", exact=True).fill(
        "Yonhap's interview is the original; ask Kang for the recording."
    )
    card.get_by_role("button", name="Add note").click()
    card = page.locator(".item-card.quote", has_text="caused a stir").first
    expect(card).to_contain_text("ask Kang for the recording")

    page.reload()
    card = page.locator(".item-card.quote", has_text="caused a stir").first
    expect(card).to_contain_text("Nine N. Korean workers in Russia defect to S. Korea")
    expect(card).to_contain_text("ask Kang for the recording")


def test_it_adds_a_note_without_javascript(browser, live_server, log_in, seed_article):
    context = browser.new_context(java_script_enabled=False)
    page = log_in(context.new_page())
    page.get_by_role("link", name=GOLD_TITLE).click()
    page.locator(".item-card.claim", has_text="more than 20,000").first.get_by_role("link").first.click()
    card = page.locator(".item-card.claim", has_text="more than 20,000").first
    card.get_by_label("Note", exact=True).fill("Plain form post, no script.")
    card.get_by_role("button", name="Add note").click()
    expect(page.locator(".item-card.claim", has_text="more than 20,000").first).to_contain_text(
        "Plain form post, no script."
    )
    context.close()


def test_two_editors_see_each_others_work_after_reload(browser, log_in, seed_article):
    alice = log_in(browser.new_context().new_page(), "alice")
    bob = log_in(browser.new_context().new_page(), "bob")
    for page in (alice, bob):
        page.get_by_role("link", name=GOLD_TITLE).click()

    alice_card = alice.locator(".item-card.claim", has_text="more than 20,000").first
    alice_card.click()
    alice_card.get_by_label("Note", exact=True).fill("Alice: ask the ministry for its own count.")
    alice_card.get_by_role("button", name="Add note").click()
    bob_card = bob.locator(".item-card.quote", has_text="caused a stir").first
    bob_card.click()
    bob_card.get_by_label("Note", exact=True).fill("Bob: the Yonhap interview is from 25 January.")
    bob_card.get_by_role("button", name="Add note").click()
    expect(bob.locator(".item-card.quote", has_text="caused a stir").first).to_contain_text("Bob: the Yonhap")
    expect(alice.locator(".item-card.claim", has_text="more than 20,000").first).to_contain_text("Alice: ask")

    alice.reload()
    bob.reload()
    expect(alice.locator(".item-card.quote", has_text="caused a stir").first).to_contain_text(
        "Bob: the Yonhap"
    )
    expect(bob.locator(".item-card.claim", has_text="more than 20,000").first).to_contain_text("Alice: ask")
