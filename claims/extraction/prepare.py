"""Step 1: text preparation with exact offsets into the original text.

Nothing here rewrites the article. Every structure points into the text given to
``extract`` by code point offsets, so later steps can quote it exactly.

Public functions
----------------
``split_boilerplate(text) -> Boilerplate``
    For the Django ingest: the article's title and the page furniture to drop.
    Scraped news often opens with a masthead (editorial names) printed more than
    once, a title, and a photo caption printed twice. The *preamble* is every line
    before the first prose line (a long line, or a sentence ending in "."). In the
    preamble a line that occurs more than once is furniture (every copy of it), and
    so is a short credit line ("تصوير: …", "كتب: …"). The title is the first
    remaining preamble line. ``Boilerplate.body_start`` is the offset of the first
    body line after the title; ``dropped`` lists the furniture lines' spans and
    ``dropped_lines`` their text. A text without a preamble has ``title == ""`` and
    ``body_start`` at its first non-blank line.

``prepare(text) -> PreparedText``
    The body as paragraphs (one non-blank line each; lines holding only white space,
    including no-break spaces, are blank) of tokens. Tokens carry their folded form
    (no diacritics or tatweel, one alef …) for look-ups, whether they sit inside a
    quotation, and whether they end a sentence.

``sentences(paragraph) -> list[tuple[int, int]]``
    Sentence spans of a paragraph: split after . ! ? ؟ outside quotation marks
    (" " « » “ ”); "12.5" and an ellipsis inside a quote never split.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claims.extraction.lexicon import (
    CUE_WORDS,
    DIACRITICS,
    FOLD_TABLE,
    GLUED_HEADS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SENTENCE_END,
    SYMMETRIC_QUOTES,
    fold,
    word_set,
)

_LINE = re.compile(r"[^\n]*")
_TOKEN = re.compile(
    # No token for HTML left in scraped text, web addresses (their dots end no
    # sentence) or a hashtag's mark (قيادة #عمليات_بغداد: the tag is a word of the phrase)
    r"(?P<tag></?[a-zA-Z][^<>\n]{0,200}>|(?:https?://|www\.)[^\s\u0600-\u06ff،]+|#(?=[^\W\d]))"
    r"|(?P<num>\d+(?:[.,٫٬]\d+)*(?:ر\d+)?)"  # 5ر2: ر as decimal mark (see parse_number)
    r"|(?P<word>[^\W\d](?:[^\W\d]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])*)"
    r"|\S"
)
# Length-preserving fold of a whole span; tatweel becomes a combining mark so that
# str.isalpha() flags every token that still needs its marks removed.
_SPAN_TABLE = FOLD_TABLE | {0x0640: "\u064b"}
_WORDS = re.compile(r"[^\W\d]+")
_PROSE_MIN_CHARS = 100
_CREDIT_OPENERS = word_set("كتب كتبت تصوير بقلم إعداد متابعة ترجمة المصدر صورة أرشيفية")
_PREAMBLE_MAX_LINES = 40


# Not frozen: a frozen dataclass's __init__ is several times slower, and tokens are
# the one structure built per word.
@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    kind: str  # "word", "num" or "punct"
    in_quote: bool  # inside a quotation (the quote marks themselves are not)
    sentence_end: bool  # a . ! ? ؟ outside quotes


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Boilerplate:
    title: str
    title_span: tuple[int, int] | None
    dropped: tuple[tuple[int, int], ...]
    dropped_lines: tuple[str, ...]
    body_start: int


@dataclass(frozen=True, slots=True)
class PreparedText:
    text: str
    boilerplate: Boilerplate
    paragraphs: tuple[Paragraph, ...]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, ends without trailing white space."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()  # str.strip() also drops U+00A0
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((m.start() + lead, m.start() + lead + len(stripped)))
    return spans


def _is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN_CHARS or (line.endswith(".") and len(line.split()) >= 8)


def _opens_with_cue(line: str) -> bool:
    """ "وقال …", "وأعلنت …": a body sentence however short; titles do not open so."""
    first = fold(line.split(maxsplit=1)[0])
    return first[:1] in "وف" and first in CUE_WORDS


def _is_credit(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 6:
        return False
    return fold(words[0].rstrip(":")) in _CREDIT_OPENERS or (":" in line and len(words) <= 3)


def split_boilerplate(text: str) -> Boilerplate:
    """Title and page furniture of an article (see the module docstring)."""
    lines = _lines(text)
    preamble_end = next(
        (i for i, (s, e) in enumerate(lines) if _is_prose(text[s:e]) or _opens_with_cue(text[s:e])),
        len(lines),
    )
    preamble_end = min(preamble_end, _PREAMBLE_MAX_LINES)
    preamble = lines[:preamble_end]
    keys = [" ".join(fold(text[s:e]).split()) for s, e in preamble]
    counts = Counter(keys)
    furniture = [
        counts[k] > 1 or _is_credit(text[s:e]) for k, (s, e) in zip(keys, preamble, strict=True)
    ]
    candidates = [i for i, f in enumerate(furniture) if not f]
    title_index = candidates[0] if candidates else -1
    if title_index < 0:
        body_index = 0 if not preamble else preamble_end
        dropped = [i for i in range(len(preamble)) if furniture[i]]
        title_span = None
    else:
        # Anything before the title that is not the title is furniture too.
        dropped = [i for i in range(len(preamble)) if furniture[i] or i < title_index]
        title_span = preamble[title_index]
        body_index = next(
            (
                i
                for i in range(title_index + 1, len(lines))
                if i >= preamble_end or not furniture[i]
            ),
            len(lines),
        )
    body_start = lines[body_index][0] if body_index < len(lines) else len(text)
    return Boilerplate(
        title=text[title_span[0] : title_span[1]] if title_span else "",
        title_span=title_span,
        dropped=tuple(preamble[i] for i in dropped),
        dropped_lines=tuple(text[preamble[i][0] : preamble[i][1]] for i in dropped),
        body_start=body_start,
    )


def tokenize(text: str, start: int, end: int, folded_span: str | None = None) -> tuple[Token, ...]:
    """Tokens of text[start:end] with folded forms and quotation state.
    ``folded_span`` is text[start:end].translate(_SPAN_TABLE) when the caller has it."""
    tokens = []
    in_quote = False
    append = tokens.append
    # Fold the whole span in one call (length-preserving) and slice it per token;
    # only a span holding diacritics or tatweel needs the per-token fold.
    if folded_span is None:
        folded_span = text[start:end].translate(_SPAN_TABLE)
    marks = DIACRITICS.search(text, start, end) is not None
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        kind = m.lastgroup
        if kind == "word":
            f = folded_span[m.start() - start : m.end() - start]
            if marks and not f.isalpha():
                f = DIACRITICS.sub("", f)
            if raw[0] in "أإآ" and raw[1:2] == "ل":
                f = "أ" + f[1:]  # see lexicon.fold
            # (a glued head and its genitive make seven letters at least)
            if len(f) > 6 and (glued := f.find("ال", 3)) > 0 and f[:glued] in GLUED_HEADS:
                # وزيرالثقافة: a typo without the space; two words, as meant
                cut = m.start() + glued
                append(Token(m.start(), cut, raw[:glued], f[:glued], "word", in_quote, False))
                append(Token(cut, m.end(), raw[glued:], f[glued:], "word", in_quote, False))
                continue
            append(Token(m.start(), m.end(), raw, f, "word", in_quote, False))
            continue
        if kind == "tag":
            continue
        if kind == "num":
            append(Token(m.start(), m.end(), raw, raw, "num", in_quote, False))
            continue
        if raw in QUOTES_OPEN and (raw not in SYMMETRIC_QUOTES or not in_quote):
            in_quote = True
        elif raw in QUOTES_CLOSE:
            in_quote = False
        end_of_sentence = raw in SENTENCE_END and not in_quote
        if (
            raw == "."
            and tokens
            and tokens[-1].kind == "word"
            and len(tokens[-1].text) == 1
            and tokens[-1].end == m.start()
        ):
            end_of_sentence = False  # د. / م.: an abbreviated title, not a full stop
        append(Token(m.start(), m.end(), raw, raw, "punct", False, end_of_sentence))
    if in_quote:
        _unclose(tokens)
    return tuple(tokens)


def _unclose(tokens: list[Token]) -> None:
    """A quotation left open at the end of its paragraph is a stray mark: the words
    after it are not quoted, and their full stops end sentences."""
    k = len(tokens) - 1
    while k >= 0 and not (tokens[k].kind == "punct" and tokens[k].text in QUOTES_OPEN):
        k -= 1
    for tok in tokens[k + 1 :]:
        tok.in_quote = False
        if tok.kind == "punct" and tok.text in SENTENCE_END:
            tok.sentence_end = True


def may_hold_cue(text: str, start: int, end: int) -> bool:
    """Cheap test (no tokens): does text[start:end] contain a cue word? Spans with
    diacritics or tatweel always answer yes rather than risk a miss."""
    if DIACRITICS.search(text, start, end):
        return True
    return not CUE_WORDS.isdisjoint(_WORDS.findall(text[start:end].translate(FOLD_TABLE)))


def _ends_with_colon(text: str, paragraph: Paragraph) -> bool:
    end = paragraph.end
    while end > paragraph.start and text[end - 1].isspace():
        end -= 1  # (no copy of the paragraph: this runs once per line)
    return text[end - 1 : end] == ":"


def prepare(text: str, only_cued: bool = False) -> PreparedText:
    """Body paragraphs of tokens, after dropping the boilerplate. With ``only_cued``
    paragraphs that cannot hold an attribution are left out (the extractor's fast path)."""
    boilerplate = split_boilerplate(text)
    skip = set(boilerplate.dropped)
    if boilerplate.title_span:
        skip.add(boilerplate.title_span)
    paragraphs = []
    for s, e in _lines(text):
        if (s, e) in skip or s < boilerplate.body_start:
            continue
        if not only_cued or (paragraphs and _ends_with_colon(text, paragraphs[-1])):
            # (a paragraph after "…:" may hold the words of that paragraph's cue)
            paragraphs.append(Paragraph(s, e, tokenize(text, s, e)))
            continue
        if DIACRITICS.search(text, s, e):
            paragraphs.append(Paragraph(s, e, tokenize(text, s, e)))
            continue
        # Without marks the span fold equals the lexicon fold: fold once, test the
        # words for a cue (as may_hold_cue does), and hand the fold to the tokenizer.
        folded = text[s:e].translate(_SPAN_TABLE)
        if not CUE_WORDS.isdisjoint(_WORDS.findall(folded)):
            paragraphs.append(Paragraph(s, e, tokenize(text, s, e, folded)))
    return PreparedText(text, boilerplate, tuple(paragraphs))


def sentences(paragraph: Paragraph) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of a paragraph, end including the full stop."""
    spans = []
    start = -1
    for tok in paragraph.tokens:
        if start < 0:
            start = tok.start
        if tok.sentence_end:
            spans.append((start, tok.end))
            start = -1
    if start >= 0:
        spans.append((start, paragraph.tokens[-1].end))
    return spans
