"""Undoing the hard wrapping of text-browser dumps."""

from __future__ import annotations

import textwrap

from articles.extraction.page.unwrap import join_inline_breaks, unwrap, wrap_width

PARAGRAPHS = [
    "The council approved a new budget on Friday after a debate that lasted more than six hours, the "
    "mayor's office said in a statement released late in the evening to reporters waiting outside.",
    "Critics said the vote was rushed and that the public had too little time to read the final text "
    "before it was put to the members, who voted by a narrow margin of two to one in the end.",
] * 4


def _wrapped(width: int = 78, indent: str = "   ") -> list[str]:
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        lines += textwrap.wrap(paragraph, width=width, initial_indent=indent, subsequent_indent=indent)
        lines.append("")
    return lines


def test_it_finds_the_wrap_width_of_a_dump():
    assert 70 <= wrap_width(_wrapped()) <= 78


def test_it_finds_no_wrap_width_in_unwrapped_text():
    lines = [f"{paragraph} {'And more. ' * (i % 5)}" for i, paragraph in enumerate(PARAGRAPHS * 2)]
    assert wrap_width(lines) is None


def test_it_joins_wrapped_lines_into_paragraphs():
    lines = [line.strip() for line in unwrap(_wrapped()) if line.strip()]
    assert lines == PARAGRAPHS


def test_it_does_not_join_list_items():
    lines = _wrapped() + ["     * Home", "     * World", "     * Business"]
    assert unwrap(lines)[-3:] == ["     * Home", "     * World", "     * Business"]


def test_it_leaves_short_lines_alone():
    lines = ["Home", "World", "A headline about the budget", "By Jane Roe"]
    assert unwrap(lines) == lines


def test_it_joins_lines_broken_at_links_by_tag_by_tag_renders():
    lines = ["Prices rose by ", "5%", " in May, the agency said, and ", "fell", " in June.", ""] * 2
    assert join_inline_breaks(lines)[0] == "Prices rose by 5% in May, the agency said, and fell in June."


def test_it_leaves_text_browser_dumps_to_the_unwrapper():
    lines = ["   Paragraph one ends here.", "", "   Paragraph two ends here."]
    assert join_inline_breaks(lines) == lines
