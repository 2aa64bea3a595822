"""Speakers as phrases next to a cue: pronouns, noun phrases, appositives, clause subjects.

Like `names`, every function reads a text (the body with quotation contents
masked) between offsets and answers with absolute offsets. "an official at
the Ministry of X", "sources familiar with the matter", "she", "who" and the
description set off by commas after a name are found here.
"""

from __future__ import annotations

import dataclasses
import re

from .cues import alternation, words
from .names import GLUE, NOT_NAMES, PREPOSITIONS, ROLE_WORDS, Mention, name_at_end, name_at_start

COMMA_AFTER = re.compile(r",\s+")
# Heads that speak as a group without a plural "s": "police said".
COLLECTIVE_HEADS = frozenset({"police", "staff", "military", "government", "administration"})
PRONOUN = re.compile(r"\b(he|she|they|we|I|it|He|She|They|We|It)\s*$")

# Heads of noun phrases that can speak: "an official at the ministry", "sources familiar with ...".
ANONYMOUS_HEADS = words(
    "official officials source sources spokesman spokeswoman spokesperson spokespeople aide aides "
    "adviser advisers advisor advisors expert experts analyst analysts person people diplomat "
    "diplomats officer officers insider insiders employee employees staffer staffers lawmaker "
    "lawmakers researcher researchers observer observers witness witnesses resident residents member "
    "members economist economists critic critics supporter supporters opponent opponents activist "
    "activists lawyer lawyers attorney attorneys prosecutor prosecutors scientist scientists "
    "strategist strategists operative operatives executive executives investigator investigators "
    "negotiator negotiators voter voters delegate delegates donor donors reporter reporters journalist "
    "journalists columnist columnists commentator commentators host moderator pollster pollsters "
    "historian historians man men woman women"
)
ORG_HEADS = words(
    "ministry department agency government administration company firm police campaign office "
    "committee council commission party court military army embassy newspaper network paper website "
    "group organization organisation authorities authority regime spokesman's white house kremlin "
    "statement report reports survey poll polls study studies data documents figures statistics "
    "filing lawsuit letter memo release ruling analysis estimates records"
)
ROLE_HEADS = words(
    "president chairman chairwoman chair director minister secretary senator governor mayor judge "
    "leader ambassador candidate nominee professor chief ceo premier envoy"
)
HEADS = ANONYMOUS_HEADS | ORG_HEADS | ROLE_HEADS
_HEAD = alternation(sorted(HEADS, key=len, reverse=True))
_FUNCTION = alternation(
    "is was are were be been has have had said says say told that which who whom and but or if when while "
    "because to of in on at for with by from as than not will would could should can may might do does "
    "did it he she they we i you there here also so after before since about into over under tells telling "
    "saying adds added calls called claims claimed wrote writes".split()
)
_DET = (
    "(?:"
    + alternation(
        "the a an another one two three four five six several some many most other few multiple numerous "
        "his her their its our both all those these this that each every no".split()
    )
    + r"|\d(?:[\d,]*\d)?|[A-Z][\w.\-]*['\u2019]s)"
)
_MOD = r"(?!(?i:" + _FUNCTION + r")\b)[\w.'\u2019&\-]+"
_CAPRUN = r"[A-Z][\w.'\u2019&\-]*(?:\s+(?:(?:of|for|and|&|on|the)\s+)?[A-Z][\w.'\u2019&\-]*)*"
_LOWER = r"(?!(?:" + _FUNCTION + r")\b)[a-z][\w\-]*"
# "officials from both parties": a second lowercase word only as a plural noun.
_LOWER_PLURAL = r"(?!(?:" + _FUNCTION + r")\b)[a-z][\w\-]*[^s\W]s\b"
# A lowercase word after a capitalised object only when the phrase ends there ("the Trump campaign").
_CAPITAL_OBJECT = _CAPRUN + r"(?:\s+" + _LOWER + r"(?=\s*(?:$|[,.;:])))?"
_LOWER_OBJECT = _LOWER + r"(?:\s+" + _LOWER_PLURAL + r")?"
_PP = (
    r"(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|at|of|in|for|from|with|on|inside|"
    r"within|to)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:" + _CAPITAL_OBJECT + "|" + _LOWER_OBJECT + ")"
)
# The words `_PP` opens with: only they may follow the head of a phrase that ends a clause.
PP_OPENERS = words("familiar close briefed knowledgeable at of in for from with on inside within to")
NOUN_PHRASE = re.compile(
    r"(?i:" + _DET + r"\s+)?(?:" + _MOD + r"\s+){0,4}?(?i:(?P<head>" + _HEAD + r"))(?:\s+" + _PP + r")?",
)
# From a known start the longest phrase is wanted: "police officials", not "police".
NOUN_PHRASE_GREEDY = re.compile(NOUN_PHRASE.pattern.replace("{0,4}?", "{0,4}"))
TOKEN = re.compile(r"\S+")
NOUN_PHRASE_AT_END = re.compile(r"(?:^|(?<=\s))(?P<np>" + NOUN_PHRASE.pattern + r")\s*$")
DETERMINER_START = re.compile(r"(?i:" + _DET + r")\s")
OPENER_BEFORE_DETERMINER = re.compile(
    r"(?:"
    + "|".join(sorted(w for w in NOT_NAMES if w.isalpha() and w[0].isupper()))
    + r")\s+(?=(?i:the|a|an)\s)"
)


# A full stop ends the sentence unless it closes a title or an initial ("Mr. Obama", "John D. Podesta").
# The titles are looked behind from the full stop, and every alternative opens with a plain
# character: the search then skips to the few candidate marks instead of testing each offset.
SENTENCE_END = re.compile(
    r"\.(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bSen\.)"
    r"(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bProf\.)(?<!\b[A-Z]\.)(?=\s+[A-Z\"\u201c]|\s*$)|\n|!|\?|;"
)
APPOSITIVE_STOP = re.compile(
    r",\s+(?:who|which|where|and|but|said|says|told|added|according)\b|,\s*[\"\u201c]|\s[\"\u201c]"
)
APPOSITIVE_START = re.compile(
    r"(?:a|an|the|his|her|their|its|one|who|\d+,?|[A-Z][\w.\-]*['\u2019]s|"
    + "|".join(sorted(ROLE_WORDS - GLUE, key=len, reverse=True))
    + r")\s"
)


def appositive_after(text: str, end: int, loose: bool = False) -> tuple[int, int] | None:
    """Where the description set off by commas after a name lies, or None.

    ", a professor at X, said" gives the span of "a professor at X". With
    `loose`, asides that describe nobody also count ("who served as ...",
    "speaking to reporters"), as when looking past them for the speaker.
    """
    match = COMMA_AFTER.match(text, end, end + 3)
    if not match:
        return None
    start = match.end()
    stop = min(len(text), start + 240)
    sentence_end = SENTENCE_END.search(text, start, stop)
    if sentence_end:
        stop = sentence_end.start()
    cue_stop = APPOSITIVE_STOP.search(text, start, stop)
    if cue_stop:
        stop = cue_stop.start()
    phrase = text[start:stop].strip().rstrip(",").rstrip()
    if loose and LOOSE_APPOSITIVE.match(phrase):
        return start, start + len(phrase)
    if not phrase or phrase.startswith(("who ", "which ")):
        return None
    if not APPOSITIVE_START.match(phrase + " ") and not _descriptive_word(phrase.split()[0]):
        return None
    # A further comma-set part belongs to the description only if it opens like one
    # ("..., a charity"), not with the sentence's verb ("..., spoke").
    for comma in COMMA_AFTER.finditer(phrase):
        if not APPOSITIVE_START.match(phrase[comma.end() :] + " "):
            phrase = phrase[: comma.start()]
            break
    return start, start + len(phrase)


LOOSE_APPOSITIVE = re.compile(r"(?:who|whose|which|where|[a-z]+ing|asked|like|as|in|at)\s")
VERBISH = re.compile(r"[a-z]+(?:ed|ing)|(?:" + _FUNCTION + r"|are|am|being|get|got|gets)")


def _descriptive_word(word: str) -> bool:
    # A description may open with any lowercase word but a verb: "pro-growth advocacy group"
    # is one, "arrived in the South" is the next clause.
    return word[:1].islower() and not VERBISH.fullmatch(word)


def described_name_at(text: str, start: int, hi: int) -> Mention | None:
    """A name closing a short phrase of descriptions from `start`: "GOP consultant Ann Lee".

    The words before the name ("the venture capitalist") describe the person
    (no verb among them) and count as the name's title; the name must end the
    phrase, at a comma, a full stop or another break.
    """
    stop = PHRASE_STOP.search(text, start, min(hi, start + MAX_DESCRIBED_NAME))
    stop_at = stop.start() if stop else min(hi, start + MAX_DESCRIBED_NAME)
    name = name_at_end(text, start, stop_at)
    if name is None or text[name.end : stop_at].strip() or name.kind != "name":
        return None
    described = text[start : name.title_start if name.title_start is not None else name.start].split()
    if len(described) > MAX_DESCRIPTION_WORDS or any(VERBISH.fullmatch(w.lower()) for w in described):
        return None
    title = " ".join([*described, name.title]).strip()
    return dataclasses.replace(name, title=title, title_start=skip_space_forward(text, start, stop_at))


# How far a described name may end from where its phrase starts, and how many words describe it.
MAX_DESCRIBED_NAME = 100
MAX_DESCRIPTION_WORDS = 8
PHRASE_STOP = re.compile(r"[,.;:()\"\u201c\u201d]|\s(?:--|\u2014)")


def pronoun_at_end(text: str, lo: int, end: int) -> Mention | None:
    """A subject pronoun right before `end` ("she", "they"), or None."""
    window_start = max(lo, end - 6)
    match = PRONOUN.search(text, window_start, end)
    if not match or (match.start() > lo and text[match.start() - 1].isalnum()):
        return None
    word = match.group(1)
    return Mention(word, match.start(1), match.end(1), "pronoun", plural=word.lower() in {"they", "we"})


def noun_phrase_at_end(text: str, lo: int, end: int) -> Mention | None:
    """A common noun phrase with a speaking head ending before `end`, or None."""
    window_start = max(lo, end - 120)
    # Searching with the pattern is slow to fail: it is tried only at the few words where a
    # phrase can start, up to a determiner and four modifiers before a speaking head.
    tokens = list(TOKEN.finditer(text, window_start, end))
    last = len(tokens) - 1
    # The head ends the phrase, or a prepositional phrase follows it.
    heads = [
        i
        for i, token in enumerate(tokens)
        if token.group().strip(".,;:'\u2019").lower() in HEADS
        and (i == last or tokens[i + 1].group() in PP_OPENERS)
    ]
    for at in sorted({tokens[j].start() for i in heads for j in range(max(0, i - 5), i + 1)}):
        match = NOUN_PHRASE_AT_END.match(text, at, end)
        if match:
            return _noun_mention(text, match.start("np"), match.end("np"), match.group("head"))
    return None


def noun_phrase_at_start(text: str, start: int, hi: int) -> Mention | None:
    """A common noun phrase with a speaking head starting at `start`, or None."""
    match = NOUN_PHRASE_GREEDY.match(text, start, min(hi, start + 120))
    if not match:
        return None
    return _noun_mention(text, match.start(), match.end(), match.group("head"))


def _noun_mention(text: str, start: int, end: int, head: str) -> Mention | None:
    opener = OPENER_BEFORE_DETERMINER.match(text, start, end)
    if opener:
        start = opener.end()  # "Later the mayor said": the adverb opens the sentence, not the phrase
    phrase = text[start:end].rstrip(" .,")
    end = start + len(phrase)
    head = head.lower()
    if head in ORG_HEADS and head.endswith("s") and head not in {"authorities"}:
        organisation, plural = True, True
    else:
        organisation, plural = head in ORG_HEADS, head.endswith(("s", "people"))
    anonymous = head in ANONYMOUS_HEADS
    # A noun phrase must start with a determiner or be a bare plural ("sources said").
    if head in COLLECTIVE_HEADS:
        plural = True
    if not DETERMINER_START.match(phrase + " ") and not plural and not phrase[:1].isupper():
        return None
    return Mention(phrase, start, end, "noun", organisation=organisation, plural=plural, anonymous=anonymous)


def subject_at_end(text: str, lo: int, end: int) -> Mention | None:
    """The speaker right before a cue: a name, a pronoun or a noun phrase.

    Words such as "also" or "has" between the speaker and the cue are skipped,
    and so is a short aside in brackets ("Sen. Lindsey Graham (R-S.C.) said").
    """
    end = skip_auxiliaries_back(text, lo, end)
    tail = text[max(lo, end - 12) : end].rstrip()
    # Each aside is looked for only when the text ends the way it would, as a failing search is slow.
    if tail.endswith(")"):
        end = _skip_aside(text, lo, end, BRACKET_AT_END, 40)
    elif tail.endswith(("--", "\u2014", "\u2015")):
        end = _skip_aside(text, lo, end, DASH_ASIDE_AT_END, 220)
    elif tail[-1:].isalnum():
        end = _skip_aside(text, lo, end, TIME_AT_END, 40)
    who = WHO_AT_END.search(text, max(lo, end - 8), end)
    if who:
        antecedent = subject_at_end(text, lo, who.start())
        if antecedent is None or antecedent.kind == "pronoun":
            return None
        return Mention(
            text[who.start(1) : who.end(1)], who.start(1), who.end(1), "pronoun", antecedent=antecedent
        )
    pronoun = pronoun_at_end(text, lo, end)
    if pronoun is not None:
        return pronoun
    name = name_at_end(text, lo, end)
    phrase = noun_phrase_at_end(text, lo, end)
    # A person's name wins unless it is the object of a preposition inside
    # the phrase ("a spokesman for Hillary Clinton"); an organisation's name
    # loses to the phrase around it ("an official at the Ministry of X").
    if name is not None and phrase is not None and phrase.start < name.start:
        before = text[max(lo, name.start - 5) : name.start].split()
        if name.organisation or (before and before[-1] in PREPOSITIONS):
            return phrase
        return name
    return name or phrase


def _skip_aside(text: str, lo: int, end: int, aside: re.Pattern, reach: int) -> int:
    found = aside.search(text, max(lo, end - reach), end)
    return skip_auxiliaries_back(text, lo, found.start()) if found else end


def subject_at_start(text: str, start: int, hi: int) -> Mention | None:
    """The speaker starting at `start`: a name, a noun phrase or a pronoun."""
    while start < hi and text[start] in ' \t\n"\u201c\u201d':
        start += 1
    pronoun = PRONOUN_AT_START.match(text, start, hi)
    if pronoun:
        word = pronoun.group(1)
        return Mention(word, start, start + len(word), "pronoun", plural=word.lower() in {"they", "we"})
    phrase = noun_phrase_at_start(text, start, hi)
    name = name_at_start(text, start, hi)
    # "Senator Ray Cole": a title read as a noun phrase gives way to the name it opens.
    if name is not None and (phrase is None or name.end > phrase.end):
        return name
    return phrase


PRONOUN_AT_START = re.compile(r"(he|she|they|we|I|He|She|They|We)\b")
CLAUSE_START = re.compile(
    r"(?:^|[,;:\u2014\u2015\"\u201d\u00bb]|''|\s--|\b(?:and|but|while|as|because|though|although))\s*$"
)
CLAUSE_WORD = re.compile(r"[\w.'\u2019\-]+")


def clause_noun_phrase(text: str, lo: int, end: int) -> Mention | None:
    """A short noun phrase filling the clause before `end`, whatever its head noun.

    "The bank said", "Federal and state officials said": up to six words that
    open a clause, start with a determiner, a possessive or a capital, and hold
    no verb or pronoun.
    """
    end = skip_auxiliaries_back(text, lo, end)
    words = list(CLAUSE_WORD.finditer(text, max(lo, end - 90), end))[-8:]
    # What every phrase tried shares is tested once: its last word ends the clause, and is no name,
    # "of", "and" or adverb.
    if not words or text[words[-1].end() : end].strip():
        return None
    last = words[-1].group()
    if last[0].isupper() or last.lower() in {"of", "and"} or last.endswith("ly"):
        return None
    # No verb follows a phrase's first word: it starts at the last verb, if any, or after it.
    earliest = next((i for i in range(len(words) - 1, 0, -1) if _verbish(words[i].group())), 0)
    for word in words[earliest:]:
        start, first = word.start(), word.group()
        if start > lo and not text[start - 1].isspace() and text[start - 1] not in ",;:":
            continue
        if not (DETERMINER_START.match(first + " ") or first[0].isupper()):
            continue
        # "^" in CLAUSE_START only matches at the start of the whole text, not at `lo`.
        at_start = start == skip_space_forward(text, lo, start)
        if not at_start and not CLAUSE_START.search(text, max(lo, start - 12), start):
            continue
        phrase = text[start:end].rstrip()
        return Mention(phrase, start, start + len(phrase), "noun", plural=last.endswith("s"))
    return None


def _verbish(word: str) -> bool:
    return bool(VERBISH.fullmatch(word.lower())) and word.lower() not in {"of", "and"}


def skip_space_forward(text: str, at: int, end: int) -> int:
    """The first offset from `at` that is not whitespace, or `end`."""
    while at < end and text[at].isspace():
        at += 1
    return at


# "Sanders on Tuesday said", "Kall -- co-editor of a book -- said": asides between speaker and cue.
TIME_AT_END = re.compile(
    r"\s(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|night))?\s*$"
    r"|\s(?:last|this|earlier\s+this)\s+(?:week|month|year)\s*$|\s(?:in\s+a\s+statement)\s*$"
    r"|\s(?:in|since|back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d\s*$"
)
DASH_ASIDE_AT_END = re.compile(r"\s(?:--|[\u2014\u2015])[^\u2014\u2015\n]{1,200}?(?:--|[\u2014\u2015])\s*$")
BRACKET_AT_END = re.compile(r"\s*\([^()]{1,30}\)\s*$")
WHO_AT_END = re.compile(r",?\s+(who|that)\s*$")
# Auxiliaries and adverbs between a speaker and the verb: "has also said", "would later say".
AUXILIARIES = words(
    "also has have had would will could did does do not never later previously then again once recently "
    "repeatedly publicly privately earlier further initially first often frequently reportedly long "
    "already still just hasn't haven't didn't doesn't don't may might must should can only even is are "
    "was were am been be being"
)
AUXILIARY_AT_END = re.compile(
    r"\s(?:" + alternation([*sorted(AUXILIARIES), r"has\s+long", r"had\s+earlier"]) + r"|\w+['\u2019]re)\s*$"
)


def skip_auxiliaries_back(text: str, lo: int, end: int) -> int:
    """Move `end` back over auxiliaries and adverbs standing before a verb."""
    while True:
        window = max(lo, end - 30)
        # The pattern ends with one such word: most texts fail this quicker test.
        last = text[window:end].rsplit(None, 1)[-1:]
        if not last or not (last[0] in AUXILIARIES or last[0].endswith(("'re", "\u2019re"))):
            return end
        match = AUXILIARY_AT_END.search(text, window, end)
        if not match:
            return end
        end = match.start()
