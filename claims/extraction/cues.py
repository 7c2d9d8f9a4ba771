"""Step 2: attribution cues in a paragraph.

Three families:

* reporting verbs (قال، أعلنت، أضافوا، يؤكد …) with و/ف prefixes, optionally after
  كما/ثم/حيث/وقد … or "ومن جانبها". Only a verb that opens a clause starts a claim:
  "إن الوزير أكد …" is reported content, not a new attribution.
* prepositional cues: بحسب/حسب X، وفقا لـ X / ووفقا لها، على لسان X، نقلا عن X.
* participial follow-ons after a comma (مشددا على أن، لافته إلى أن، قائلا): they
  continue the claim before them.

A doubled verb ("أعلنت أعلنت") is one cue covering both words.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.lexicon import (
    ACCORDING_BEFORE_WHAT,
    ACCORDING_TO,
    ACCORDING_TO_LAM,
    ACCORDING_TO_WHAT,
    AMBIGUOUS_VERBS,
    CLAUSE_OPENERS,
    COMPLEMENTISERS,
    DATE_WORDS,
    NAME_COMPOUND_SECONDS,
    ON_THE_TONGUE,
    PARTICIPLES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RELAY,
    SIDE_NOUNS,
    SOURCE_NOUNS,
    TIME_BEFORE_THAT,
    TO_WHAT,
    VERB_PREFIXES,
    VERBS,
    VerbInfo,
    fold,
    verb_with_object,
    word_set,
)
from claims.extraction.prepare import Token

_FROM = frozenset({fold("من"), fold("ومن")})
_ON = fold("على")
_ABOUT = fold("عن")
_WHAT = fold("ما")
_AND_SHOWED = word_set("وبين فبين")
_LATEST = word_set("آخر أحدث")
_COMMAS = frozenset("،,")
_ASIDE_OPENERS = word_set("من في بدوره بدورها بدورهم خلال أمس اليوم")
_ACCORDING_ANY = ACCORDING_TO | ACCORDING_TO_WHAT | ACCORDING_BEFORE_WHAT | ACCORDING_TO_LAM
_SHOWED = VerbInfo("بين", "m", "statement")
_LI = "ل"
_BARE_QAD = fold("قد")
_BY_SAYING = fold("بالقول")  # listed in CUE_WORDS too
_SAID = VerbInfo("قال", "", "statement")
_ADDED = word_set("زاد وزاد زادت وزادت")
_ADDED_INFO = VerbInfo("زاد", "", "statement")
#: وجاء في بيان للوزارة أن …، جاء في البيان: "…": the text issued speaks.
_CAME = word_set("جاء وجاء")
_CAME_IN = VerbInfo("جاء", "", "statement", needs_comp=True)
_IN = fold("في")
_ISSUED = word_set("البيان البلاغ التقرير الرسالة المنشور التغريدة الكلمة")
#: … بعد أن هدد الوزير، … بعدما أعلنت القوات: a report in a clause of its own.
_THAT = fold("أن")
_WHEN = word_set("بعدما عندما حينما وعندما وبعدما")
#: A day that opens a sentence with its و (ومساء الثلاثاء، وصباح اليوم).
_AND_DATE = frozenset("و" + w for w in DATE_WORDS)
#: "قد" between a fronted subject and its verb (الوزير قد أكد، أما النادي فقد أشاد).
_QAD = word_set("قد فقد وقد")
#: A fronted subject is at most this many tokens long.
_MAX_SUBJECT = 12


@dataclass(frozen=True, slots=True)
class Cue:
    index: int  # token index of the cue word
    end: int  # token index just after the cue (after a doubled verb, after عن …)
    kind: str  # "verb", "according", "according_lam", "tongue", "relay", "participle"
    text: str  # the cue as written (without و/ف)
    verb: VerbInfo | None = None
    initial: bool = True  # opens a clause (can start a new claim)
    #: Clause start before a verb that does not open its clause: a possible fronted
    #: subject (الوزير خالد العمري قال إن …); the pipeline checks it. -1 for none.
    subject: int = -1


def _closes_quoted_word(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether the mark at j closes a word or two quoted inside a phrase (الطفلة
    "ياسمين" رأت النور): the verb after it goes on with that phrase."""
    if tokens[j].text not in QUOTES_CLOSE:
        return False
    k = j - 1
    while k >= 0 and j - k <= 3 and tokens[k].text not in QUOTES_OPEN:
        if tokens[k].kind != "word":
            return False
        k -= 1
    return 0 < k < j - 1 and tokens[k].text in QUOTES_OPEN and tokens[k - 1].kind == "word"


def _said_pending(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether a قال earlier in the sentence still waits for its words (وقال تشيروما،
    في أول خطاب منذ أن أكد المجلس فوز بيا: «…»): a clause inside its occasion."""
    for x in range(j - 1, -1, -1):
        tok = tokens[x]
        if tok.sentence_end or tok.text == ":" or tok.text in QUOTES_OPEN:
            return False
        if tok.kind == "word" and tok.folded in COMPLEMENTISERS:
            return False
        info = VERBS.get(tok.folded) or VERBS.get(tok.folded[1:])
        if info is not None and info.lemma == _SAID.lemma:
            return True
    return False


def _opens_clause(tokens: tuple[Token, ...], i: int, prefixed: bool) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].folded in CLAUSE_OPENERS:
        j -= 1
    after_time = j >= 1 and tokens[j].folded == _THAT and tokens[j - 1].folded in TIME_BEFORE_THAT
    if (after_time or (j >= 0 and tokens[j].folded in _WHEN)) and not _said_pending(tokens, j):
        # تصاعد التوتر بعد أن هدد الوزير …، … بعدما أعلنت قوات الدعم السريع سيطرتها:
        # a clause of its own
        return True
    d = j
    while d >= 0 and (tokens[d].folded in DATE_WORDS or tokens[d].folded in _AND_DATE):
        d -= 1
    if d < j and (d < 0 or tokens[d].sentence_end):
        return True  # ومساء الثلاثاء أعلن الوزير …: the day, then the verb
    if j < 0:
        return True
    prev = tokens[j]
    if prev.kind == "punct":
        return not _closes_quoted_word(tokens, j)
    if j < i - 1:  # كما قال / حيث أعلنت
        # … but "أن يكون الاتحاد قد دعا": a bare قد after a word is part of the verb.
        return not (tokens[i - 1].folded == _BARE_QAD and j == i - 2 and prev.kind == "word")
    if prev.folded.startswith(SIDE_NOUNS) and j > 0 and tokens[j - 1].folded in _FROM:
        return True
    # وقال after a word: a new coordinated clause ("… وقال").
    return prefixed


def _fronted_subject(tokens: tuple[Token, ...], i: int, prefix: str) -> int:
    """Start of the clause before the verb at i when words precede it there (a
    subject placed before its verb), else -1."""
    if prefix == "و":
        return -1  # وقال after a word: a coordinated clause, never SVO
    j = i - 1
    if j >= 0 and tokens[j].folded in _QAD:
        j -= 1
    comma_before = j >= 1 and tokens[j].text in _COMMAS and tokens[j - 1].kind == "word"
    if comma_before:
        j -= 1  # "يذكر أن وزارة التجارة، أكدت أن …": a comma after the subject
    aside = subject_aside(tokens, i)
    if aside >= 0:
        j = aside - 1  # "الوزير، من جهته، قال": the subject ends before the aside
    if j < 0 or tokens[j].kind != "word" or (tokens[j].folded in CLAUSE_OPENERS and j == i - 1):
        return -1
    stop = max(-1, j - _MAX_SUBJECT)
    while j > stop and tokens[j].kind == "word" and not tokens[j].in_quote:
        j -= 1
        if (
            j > stop + 1
            and tokens[j].text in _COMMAS
            and comma_before
            and tokens[j - 1].kind == "word"
        ):
            j -= 1  # "وكان مساعد الرئيس، سامي نور، قد أعلن": a name between commas
    if j == stop and j >= 0:
        return -1
    if j >= 0 and (tokens[j].kind != "punct" or tokens[j].text in QUOTES_OPEN):
        return -1
    return j + 1


def _showed(tokens: tuple[Token, ...], i: int) -> bool:
    """وبين (الوزير) أن …: a complementiser follows within a few words, before any
    punctuation or coordinated word (وبين الحكومة والمعارضة is "between")."""
    for j in range(i + 1, min(len(tokens), i + 6)):
        tok = tokens[j]
        if tok.text in _COMMAS:
            continue  # وبين المحارمة ، أن … / وبين ، أن …
        if tok.kind != "word":
            return False
        if tok.folded in COMPLEMENTISERS:
            return True
        if tok.folded[:1] == "و":
            return False
    return False


def subject_aside(tokens: tuple[Token, ...], i: int) -> int:
    """ "X، من جهته، قال": index of the comma opening a short aside (of at most four
    words, starting with من/في/بدوره …) between a fronted subject and its verb, or -1."""
    if i < 4 or tokens[i - 1].text not in _COMMAS:
        return -1
    for j in range(i - 2, max(0, i - 7), -1):
        tok = tokens[j]
        if tok.text in _COMMAS:
            return j if j < i - 2 and tokens[j + 1].folded in _ASIDE_OPENERS else -1
        if tok.kind != "word":
            return -1
    return -1


def _according_what(tokens: tuple[Token, ...], i: int) -> int:
    """بحسب ما ذكرته / حسبما أفادت / وفق ما أعلنته: the index just after the verb, or 0."""
    f = tokens[i].folded
    n = len(tokens)
    if f in ACCORDING_BEFORE_WHAT and i + 1 < n:
        # وفق آخر معطيات الوزارة، وفق بيانات الهيئة: a source noun, then its author.
        j = i + 1 + (tokens[i + 1].folded in _LATEST)
        if j < n and tokens[j].folded in SOURCE_NOUNS:
            return j + 1
    if f in ACCORDING_TO_WHAT:
        v = i + 1
    elif f in ACCORDING_TO_LAM and i + 1 < n and tokens[i + 1].folded == TO_WHAT:
        v = i + 2  # وفقا لما أعلنته المديرية
    elif (f in ACCORDING_TO or f in ACCORDING_BEFORE_WHAT) and i + 1 < n:
        if tokens[i + 1].folded != _WHAT:
            return 0
        v = i + 2
    else:
        return 0
    if v < n and tokens[v].kind == "word" and verb_with_object(tokens[v].folded) is not None:
        return v + 1
    return 0


_CLAIMED = "ادعى"


def find_cues(tokens: tuple[Token, ...]) -> list[Cue]:
    """Cues of one paragraph, in text order. Cues inside quotations are ignored."""
    cues: list[Cue] = []
    n = len(tokens)
    skip_to = 0
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.in_quote or i < skip_to:
            continue
        f = tok.folded
        what_end = _according_what(tokens, i) if f in _ACCORDING_ANY else 0
        if what_end:
            v = what_end - 1
            cues.append(
                Cue(i, what_end, "according", tok.text, verb_with_object(tokens[v].folded), True)
            )
            skip_to = what_end
            continue
        info = VERBS.get(f)
        prefixed = False
        if f in _AND_SHOWED and _showed(tokens, i):
            info = _SHOWED  # وبين أن …: "and he showed", not "and between"
        if info is None and len(f) >= 3 and f[0] in VERB_PREFIXES:
            info = VERBS.get(f[1:])
            prefixed = info is not None
        if info is None and f[:1] == _LI and f[1:2] in "يت" and f[1:] in VERBS:
            info, prefixed = VERBS[f[1:]], True  # ثم عاد ليقول: (to say), an imperfect
        if (
            f in _ADDED
            and i + 1 < n
            and (tokens[i + 1].text == ":" or tokens[i + 1].text in QUOTES_OPEN)
            and not (i > 0 and tokens[i - 1].kind == "word" and f[:1] != "و")
        ):
            # وزاد: "…": "he added", where زاد is otherwise "increased"
            cues.append(Cue(i, i + 1, "verb", "زاد", _ADDED_INFO, True))
            continue
        if (
            f in _CAME
            and i + 2 < n
            and tokens[i + 1].folded == _IN
            and (tokens[i + 2].folded in SOURCE_NOUNS or tokens[i + 2].folded in _ISSUED)
        ):
            cues.append(Cue(i, i + 2, "verb", "جاء", _CAME_IN, _opens_clause(tokens, i, False)))
            continue
        if (
            info is None
            and f == _BY_SAYING
            and i + 1 < n
            and (tokens[i + 1].text == ":" or tokens[i + 1].text in QUOTES_OPEN)
        ):
            info, prefixed = _SAID, True  # وختم كلمته بالقول: "…"
        if info is not None:
            if i > 0 and tokens[i - 1].folded == f:
                continue  # second copy of a doubled verb
            verb_text = tok.text[1:] if prefixed else tok.text
            if info.lemma == _CLAIMED and verb_text[:1] in "يت" and verb_text.endswith("ى"):
                continue  # ويدعى سامي نور: "is called", not يدعي "claims"
            bare = f[1:] if prefixed else f
            if (
                bare in AMBIGUOUS_VERBS
                and not prefixed
                and i > 0
                and tokens[i - 1].kind != "punct"
                and tokens[i - 1].folded not in CLAUSE_OPENERS  # كما كشف …
            ):
                continue
            end = i + 2 if i + 1 < n and tokens[i + 1].folded == f else i + 1
            prefix = f[0] if prefixed else ""
            if not prefixed and i > 0 and tokens[i - 1].folded in VERB_PREFIXES:
                prefix = tokens[i - 1].folded  # "و أضاف": the conjunction written apart
            cues.append(
                Cue(
                    i,
                    end,
                    "verb",
                    tok.text[1:] if prefixed else tok.text,
                    info,
                    _opens_clause(tokens, i, bool(prefix)),
                    _fronted_subject(tokens, i, prefix),
                )
            )
        elif f in ACCORDING_TO and i + 1 < n and tokens[i + 1].folded in NAME_COMPOUND_SECONDS:
            continue  # صلاح حسب الله: a compound name, not "according to"
        elif f in ACCORDING_TO or (
            # "…، وفق المحارمة." and "ووفق وزارة الخارجية، …" opening a sentence
            f in ACCORDING_BEFORE_WHAT
            and (i == 0 or tokens[i - 1].text in _COMMAS or tokens[i - 1].sentence_end)
        ):
            # "…، وفق المحارمة.": a trailing وفق too (the pipeline wants a known source)
            cues.append(Cue(i, i + 1, "according", tok.text, None, True))
        elif f in ACCORDING_TO_LAM:
            cues.append(Cue(i, i + 1, "according_lam", tok.text, None, True))
        elif f == _ON and i + 1 < n and tokens[i + 1].folded == ON_THE_TONGUE:
            cues.append(Cue(i, i + 2, "tongue", "على لسان", None, False))
        elif f in RELAY and i + 1 < n and tokens[i + 1].folded == _ABOUT:
            cues.append(Cue(i, i + 2, "relay", "نقلا عن", None, False))
        elif f in PARTICIPLES and (i == 0 or tokens[i - 1].kind == "punct"):
            cues.append(Cue(i, i + 1, "participle", tok.text, None, False))
    return cues
