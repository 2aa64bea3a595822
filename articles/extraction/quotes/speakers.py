"""Who said it: resolving the mention next to a cue to a speaker.

A surname ("Lee") goes back to the full name it stands for ("Lee Min-jun"),
a pronoun to the most recent person who spoke, a definite noun phrase ("the
source") to the anonymous source it repeats. The description is taken where
the full name first appears: the appositive after it or the title before it.
"""

from __future__ import annotations

import bisect

from ..results import Speaker
from .names import Mention, find_names
from .phrases import ROLE_HEADS, appositive_after

GROUP_PRONOUNS = frozenset({"they", "we", "their"})
PRONOUN_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}
# How many speakers and names back a definite role ("the senator") looks for its holder.
ROLE_REACH = 200
# Titles written for a role before a name: "Sen. Ray Cole" is "the senator".
ROLE_ABBREVIATIONS = {
    "senator": ("sen.",),
    "governor": ("gov.",),
    "president": ("pres.",),
    "professor": ("prof.",),
    "secretary": ("sec.",),
}
TITLE_GENDER = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f"}


class SpeakerBook:
    """The names of one article and the speakers met so far, in reading order.

    Build one per article; call `resolve()` for each attribution in the order
    of the text, so that pronouns look back at the speakers already seen.
    """

    def __init__(self, body: str, masked: str) -> None:
        self.body = body
        self.masked = masked
        self.names = find_names(masked)
        self.persons = [n for n in self.names if not n.organisation]
        # Persons by each word of their name, in reading order, and each name's first mention.
        self._by_word: dict[str, list[Mention]] = {}
        self._first_by_text: dict[str, Mention] = {}
        for person in self.persons:
            self._first_by_text.setdefault(person.text, person)
            for word in set(person.text.split()):
                self._by_word.setdefault(word, []).append(person)
        self.spoken: list[Speaker] = []
        self._descriptions: dict[str, str] = {}
        self.gender: dict[str, str] = {}

    def is_person_name(self, text: str) -> bool:
        """Whether `text` names a person of the article rather than an outlet.

        True for someone who has spoken, and for a single word that is part of
        a longer name ("Trump" after "Donald Trump"); a two-word name seen
        nowhere else ("Le Monde") may well be an outlet.
        """
        if any(s.name == text for s in self.spoken):
            return True
        if " " in text.strip():
            return False
        return any(text in n.text.split() and " " in n.text for n in self.persons)

    def resolve(self, mention: Mention) -> Speaker:
        """The speaker a mention stands for, remembered for later pronouns."""
        speaker = self._resolve(mention.antecedent or mention)
        speaker.mention = self.body[mention.start : mention.end]
        speaker.start, speaker.end = mention.start, mention.end
        self.spoken.append(speaker)
        return speaker

    def remember(self, speaker: Speaker) -> None:
        """Count a speaker given without a mention (a continued quotation) as the latest."""
        self.spoken.append(speaker)

    def _resolve(self, mention: Mention) -> Speaker:
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        if mention.kind == "noun":
            return self._resolve_noun(mention)
        if mention.organisation:
            return Speaker(name=self.body[mention.start : mention.end], kind="organisation")
        full = self._full_name(mention)
        name = full.text if full is not None else mention.text
        for title in (mention.title, full.title if full is not None else ""):
            gender = TITLE_GENDER.get(title.split()[-1] if title else "")
            if gender:
                self.gender.setdefault(name, gender)
        if full is None:
            return Speaker(name=mention.text, description=mention.title, kind="person")
        return Speaker(name=full.text, description=self._description(full) or mention.title, kind="person")

    def _full_name(self, mention: Mention) -> Mention | None:
        words = set(mention.text.split())
        # Only names holding the mention's words can stand for it: look them up by one word.
        holders = min((self._by_word.get(w, []) for w in words), key=len, default=[])
        # The latest full mention before this one that holds all its words wins;
        # failing that the first after it (a lead may name someone only later).
        at = bisect.bisect_right(holders, mention.start, key=lambda n: n.start)
        for name in reversed(holders[:at]):
            if words <= set(name.text.split()):
                return self._first_of(name)
        for name in holders[at:]:
            if words <= set(name.text.split()):
                return self._first_of(name)
        return None

    def _first_of(self, name: Mention) -> Mention:
        return self._first_by_text.get(name.text, name)

    def _description(self, full: Mention) -> str:
        if full.text not in self._descriptions:
            span = appositive_after(self.masked, full.end)
            described = self.body[span[0] : span[1]] if span else ""
            title = self.body[full.title_start : full.start].strip() if full.title_start is not None else ""
            self._descriptions[full.text] = described or title
        return self._descriptions[full.text]

    def _resolve_pronoun(self, mention: Mention) -> Speaker:
        word = mention.text.lower()
        wanted = {"group", "organisation"} if word in GROUP_PRONOUNS else {"person"}
        if word == "it":
            wanted = {"organisation"}
        gender = PRONOUN_GENDER.get(word)
        for speaker in reversed(self.spoken):
            if speaker.kind in wanted and self._fits(speaker.name, gender):
                self._learn(speaker.name, gender)
                return _copy(speaker)
        if "person" in wanted:
            earlier = [n for n in self.persons if n.end <= mention.start and self._fits(n.text, gender)]
            if earlier:
                full = earlier[-1]
                self._learn(full.text, gender)
                return Speaker(name=full.text, description=self._description(full), kind="person")
        return Speaker(name=mention.text, kind="group" if word in GROUP_PRONOUNS else "person")

    def _role_holder(self, head: str, before: int) -> Speaker | None:
        """The person a definite role stands for ("the senator"): the latest named with that role.

        The speakers already met come first, then every full name before the
        mention whose title or description holds the role.
        """
        written = _role_words(head)
        # A bounded look back keeps a long text linear; a role is named not far before it is used.
        for speaker in reversed(self.spoken[-ROLE_REACH:]):
            if speaker.kind == "person" and not speaker.anonymous and _holds(speaker.description, written):
                return _copy(speaker)
        last = bisect.bisect_left(self.persons, before, key=lambda n: n.end)
        for name in reversed(self.persons[max(0, last - ROLE_REACH) : last]):
            if _holds(name.title, written) or _holds(self._description(name), written):
                return Speaker(name=name.text, description=self._description(name), kind="person")
        return None

    def _fits(self, name: str, gender: str | None) -> bool:
        # Unknown gender fits any pronoun; a name once read as "he" is not taken for "she".
        known = self.gender.get(name)
        return gender is None or known is None or known == gender

    def _learn(self, name: str, gender: str | None) -> None:
        if gender is not None:
            self.gender.setdefault(name, gender)

    def _resolve_noun(self, mention: Mention) -> Speaker:
        phrase = self.body[mention.start : mention.end]
        kind = "organisation" if mention.organisation else "group" if mention.plural else "person"
        if phrase.lower().startswith("the ") and mention.anonymous:
            head = phrase.split()[-1].lower()
            # "the source" repeats the anonymous source named before it.
            for speaker in reversed(self.spoken):
                if speaker.anonymous and head in speaker.name.lower():
                    return _copy(speaker)
        if (
            phrase.lower().startswith("the ")
            and not mention.plural
            and phrase.split()[-1].lower() in ROLE_HEADS
        ):
            named = self._role_holder(phrase.split()[-1].lower(), mention.start)
            if named is not None:
                return named
        if phrase.lower().startswith("the ") and mention.organisation and len(phrase.split()) == 2:
            head = phrase.split()[-1].capitalize()
            for name in reversed([n for n in self.names if n.organisation and n.start < mention.start]):
                if head in name.text.split():
                    return Speaker(name=name.text, kind="organisation")
        return Speaker(name=phrase, anonymous=mention.anonymous, kind=kind)


def _role_words(head: str) -> tuple[str, ...]:
    """The ways a role is written before or after a name: "senator" is also "Sen."."""
    return (head, *ROLE_ABBREVIATIONS.get(head, ()))


def _holds(text: str, written: tuple[str, ...]) -> bool:
    words = {w.strip(",.").lower() for w in text.split()} | {w.lower() for w in text.split()}
    return any(w in words for w in written)


def _copy(speaker: Speaker) -> Speaker:
    return Speaker(
        name=speaker.name, description=speaker.description, anonymous=speaker.anonymous, kind=speaker.kind
    )
