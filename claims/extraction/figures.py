"""Step 7: figures inside a claim.

Reads Western and Arabic-Indic digits (with decimal and thousands separators), number
words (ستة، ثلاثة آلاف), fractions before a scale (نصف مليون), duals (منظومتين = 2),
percentages (12.5%، 4 في المئة), scale words (41.7 مليار → 41700000000) and vague
amounts (عشرات → dozens, مئات → hundreds, آلاف → thousands; no value). A qualifier
phrase right before the amount (ما يصل إلى، حوالي، أكثر من، ما لا يقل عن، أقل من)
sets the qualifier. The unit is the counted noun and its adjectives.

Not figures: years (عام 2020، منذ 2014), dates (14 نوفمبر), labels (القرار 2334،
المادة 5) and names built from numbers (3+3، كوفيد-19).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from claims.extraction.lexicon import (
    DUAL_NOUNS,
    FRACTIONS,
    MONTHS,
    NAME_STOPS,
    NUMBER_LABELS,
    PERCENT_SINGLE,
    PERCENT_WORDS,
    QUALIFIER_PHRASES,
    SCALE_WORDS,
    SPOKES_NOUNS,
    TITLE_NOUNS,
    UNITS_WORDS,
    VAGUE_AMOUNTS,
    YEAR_MARKERS,
    fold,
    is_definite,
)
from claims.extraction.prepare import Token
from claims.extraction.types import ExtractedFigure, Qualifier

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_JOINERS = frozenset("+/-–×x")
_FROM = fold("من")
_BETWEEN = frozenset({fold("بين"), fold("وبين")})
_TO = frozenset({"إلى", "الى", "-", "–"})
_PERCENT = "%"


_PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "وب",
    "ول",
    "ال",
    "وال",
    "بال",
    "لل",
    "وبال",
    "ولل",
    "فال",
)
#: Every prefixed form of a word that can start a figure: one set test skips the rest.
#: First halves of 11 and 12 (أحد عشر، اثنا عشر، إحدى عشرة) besides the units 3–9.
_TEEN_FIRSTS = {fold(w): v for w, v in (("أحد", 1), ("إحدى", 1), ("اثنا", 2), ("اثني", 2))} | {
    fold(w): v for w, v in (("اثنتا", 2), ("اثنتي", 2))
}
_TEN = frozenset({fold("عشر"), fold("عشرة")})
#: A scale word standing alone for one of it (تريليون دولار، أكثر من ألف يوم).
_LONE_SCALES = {
    fold(w): SCALE_WORDS[fold(w)] for w in ("ألف", "مليون", "مليار", "بليون", "تريليون")
}
_TRIGGERS = frozenset(
    p + w
    for w in (*UNITS_WORDS, *VAGUE_AMOUNTS, *FRACTIONS, *DUAL_NOUNS, *_TEEN_FIRSTS, *_LONE_SCALES)
    for p in _PREFIXES
)
#: "20 قتيلا على الأقل": a qualifier after the amount.
_AT_LEAST_AFTER = (fold("على"), fold("الأقل"))
_DUAL_ENDINGS = ("تين", "تان")


def parse_number(raw: str) -> Decimal | None:
    """A digit string with separators: "1,240" → 1240, "12.5" → 12.5, "٣٥٠" → 350,
    "5ر2" → 2.5."""
    s = raw.translate(_DIGITS).replace("٫", ".").replace("٬", ",")
    if "ر" in s:
        # Wire style (73ر82 = 82.73): the fraction is stored first so that, laid
        # out right to left, the number reads 82ر73 like a decimal comma.
        fraction, _, whole = s.partition("ر")
        s = whole + "." + fraction.replace(",", "")
    if "," in s:
        head, *groups = s.split(",")
        if all(len(g) == 3 for g in groups):
            s = head + "".join(groups)
        else:
            s = s.replace(",", ".", 1).replace(",", "")
    if s.count(".") > 1:
        head, *groups = s.split(".")
        if all(len(g) == 3 for g in groups):
            s = head + "".join(groups)
        else:
            return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _forms(folded: str) -> list[str]:
    """A word, then without و/ف, then without ب/ل/ك, then without ال: every
    candidate a look-up may need (وبالعشرات → … → عشرات; الآلاف → آلاف)."""
    forms = [folded]
    w = folded
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
        forms.append(w)
    if w[:1] in "بلك" and len(w) > 3:
        w = w[1:]
        forms.append(w)
    if w.startswith("ال") and len(w) > 3:
        forms.append(w[2:])
    elif w.startswith("ل") and w[1:2] == "ل" and len(w) > 3:
        forms.append("ال" + w[2:])
        forms.append(w[2:])
    return forms


def _lookup(folded: str, table: dict) -> str | None:
    for form in _forms(folded):
        if form in table:
            return form
    return None


def _bare(folded: str) -> str:
    return _forms(folded)[-1]


#: Prefixes glued to a qualifier's first word (ولأكثر من، لنحو، بنحو).
_QUALIFIER_PREFIXES = "وفلب"


def _prefix_ok(prefix: str, word: str) -> bool:
    """و/ف before any qualifier; ل/ب only before a noun (لأكثر من، لنحو), never before a
    verb: "لتصل إلى 312" is a result (exact), not "up to"."""
    return prefix in "وف" or (prefix in "لب" and word[:1] not in "يت")


#: Qualifier phrases by their last word (longest first), so a number looks up only
#: the phrases that can end right before it.
_BY_LAST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _phrase, _q in QUALIFIER_PHRASES:
    _BY_LAST[_phrase[-1]] = (*_BY_LAST.get(_phrase[-1], ()), (_phrase, _q))


def _qualifier(tokens: tuple[Token, ...], k: int, lo: int) -> tuple[str, int]:
    """Qualifier ending right before token k, and the token index where it starts."""
    if k - 1 < lo:
        return "exact", k
    last = tokens[k - 1].folded
    candidates = _BY_LAST.get(last, ())
    if last[:1] in _QUALIFIER_PREFIXES and last[1:] in _BY_LAST and _prefix_ok(last[0], last[1:]):
        candidates = tuple(
            sorted((*candidates, *_BY_LAST[last[1:]]), key=lambda item: -len(item[0]))
        )
    for phrase, qualifier in candidates:
        m = len(phrase)
        s = k - m
        if s < lo:
            continue
        ok = True
        for off, word in enumerate(phrase):
            f = tokens[s + off].folded
            if f != word and not (off == 0 and f[1:] == word and _prefix_ok(f[:1], word)):
                ok = False
                break
        if ok:
            return qualifier, s
    return "exact", k


def _is_dual(tokens: tuple[Token, ...], k: int) -> bool:
    f = tokens[k].folded
    if is_definite(f) or (tokens[k].in_quote and False):
        return False
    w = f[1:] if f[:1] in "وب" and len(f) > 6 else f
    if w in DUAL_NOUNS or f in DUAL_NOUNS:
        return True
    if len(w) >= 6 and w.endswith(("تين", "تان")):
        prev = tokens[k - 1].folded if k > 0 else ""
        if prev.endswith(("تين", "تان")) or prev in DUAL_NOUNS:
            return False  # مباراتان مهمتان: the adjective agrees with the dual noun
        return prev not in TITLE_NOUNS and prev not in SPOKES_NOUNS
    return False


def _unit(tokens: tuple[Token, ...], k: int, end: int, source: str) -> tuple[str, int]:
    """Counted noun and its adjectives from token k: (unit text, end token index)."""
    if k < end and tokens[k].folded == _FROM:
        k += 1
    start = k
    while k < end and tokens[k].kind == "word":
        f = tokens[k].folded
        if f in NAME_STOPS or (k > start and f.startswith("و")):
            break
        if k > start and not (
            f.endswith(("ي", "يه", "يين", "يون", "يا"))
            or (f.endswith("ين") and tokens[start].folded.endswith("ين"))
            or (is_definite(f) and is_definite(tokens[start].folded))
        ):
            break
        k += 1
        if k - start >= 3:
            break
    if k == start:
        return "", start
    return source[tokens[start].start : tokens[k - 1].end], k


def _is_label(tokens: tuple[Token, ...], k: int, lo: int, value: Decimal, raw: str) -> bool:
    prev = tokens[k - 1] if k > 0 else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if prev is not None and prev.text in _JOINERS and prev.end == tokens[k].start:
        return True
    if nxt is not None and nxt.text in _JOINERS and nxt.start == tokens[k].end:
        return True
    pf = _bare(prev.folded) if prev is not None and prev.kind == "word" else ""
    pf_full = prev.folded if prev is not None else ""
    if pf_full in NUMBER_LABELS or pf in NUMBER_LABELS:
        return True
    if (
        nxt is not None
        and nxt.kind == "word"
        and (nxt.folded in MONTHS or _bare(nxt.folded) in MONTHS)
    ):
        return True
    if pf_full in MONTHS or pf in MONTHS:
        return True
    is_year = value == value.to_integral_value() and 1900 <= value <= 2100 and raw.isdigit()
    after_marker = pf_full in YEAR_MARKERS or pf in YEAR_MARKERS
    return bool(is_year and (after_marker or nxt is None or nxt.kind != "word"))


def find_figures(
    tokens: tuple[Token, ...], a: int, b: int, source: str
) -> tuple[ExtractedFigure, ...]:
    """Figures among tokens[a:b] (a claim's content)."""
    figures: list[tuple[int, ExtractedFigure]] = []
    k = a
    while k < b:
        tok = tokens[k]
        value: Decimal | None = None
        qualifier = "exact"
        unit_from = k + 1
        if tok.kind == "num":
            value = parse_number(tok.text)
            if value is None or _is_label(tokens, k, a, value, tok.text):
                k += 1
                continue
        elif tok.kind == "word":
            f = tok.folded
            if f not in _TRIGGERS and not f.endswith(_DUAL_ENDINGS):
                k += 1
                continue
            number_word = UNITS_WORDS.get(f[1:] if f[:1] == "و" else f) or UNITS_WORDS.get(f)
            vague = _lookup(f, VAGUE_AMOUNTS)
            if k + 1 < b and tokens[k + 1].folded in _TEN:
                # ثلاثة عشر، الأحد عشر، اثنا عشر: a teen, not a unit and a ten.
                bare = _bare(f)
                unit_value = _TEEN_FIRSTS.get(bare) or UNITS_WORDS.get(bare)
                if unit_value is not None and unit_value < 10:
                    number_word = unit_value + 10
                    unit_from = k + 2
            if unit_from == k + 2:
                value = Decimal(number_word)
                if k + 2 >= b or tokens[k + 2].kind != "word":
                    k += 2  # a bare teen without its noun is not an amount here
                    continue
            elif f in FRACTIONS and k + 1 < b and tokens[k + 1].folded in SCALE_WORDS:
                value = Decimal(FRACTIONS[f])
            elif number_word:
                value = Decimal(number_word)
                if k + 1 >= b or tokens[k + 1].kind != "word":
                    k += 1
                    continue
            elif vague:
                qualifier = VAGUE_AMOUNTS[vague]
            elif _is_dual(tokens, k):
                value = Decimal(2)
                unit_from = k
            elif _lone_scale(tokens, k, a, b):
                value = Decimal(_LONE_SCALES[_bare(f)])
            else:
                k += 1
                continue
        else:
            k += 1
            continue
        if qualifier in ("dozens", "hundreds", "thousands"):
            start = k
        else:
            qualifier, start = _qualifier(tokens, k, a)
        j = unit_from
        unit = ""
        if value is not None and j < b and tokens[j].kind == "word" and unit_from > k:
            scale = SCALE_WORDS.get(tokens[j].folded)
            if scale:
                value *= scale
                j += 1
        if j < b and (tokens[j].text in PERCENT_SINGLE or tokens[j].folded in PERCENT_SINGLE):
            unit, end_tok = _PERCENT, j + 1
        elif j + 1 < b and (tokens[j].folded, tokens[j + 1].folded) in PERCENT_WORDS:
            unit, end_tok = _PERCENT, j + 2
        else:
            unit, end_tok = _unit(tokens, j, b, source)
            if not unit:
                end_tok = max(j, k + 1)
        if (
            qualifier == "exact"
            and end_tok + 1 < b
            and (tokens[end_tok].folded, tokens[end_tok + 1].folded) == _AT_LEAST_AFTER
        ):
            qualifier = "at_least"  # 610 أشخاص على الأقل
            end_tok += 2
        last = tokens[max(end_tok, k + 1) - 1]
        figures.append(
            (
                start,
                ExtractedFigure(
                    start=tokens[start].start,
                    end=last.end,
                    text=source[tokens[start].start : last.end],
                    value=value,
                    unit=unit,
                    qualifier=Qualifier(qualifier),
                ),
            ),
        )
        k = max(end_tok, k + 1)
    return _ranges(_join_compounds(figures, tokens, a, source), source)


def _lone_scale(tokens: tuple[Token, ...], k: int, a: int, b: int) -> bool:
    """A singular scale word with no number before it and its noun after it (تقارب
    التريليون دولار): one of it. "مليون و382 ألفا" is joined elsewhere."""
    if _bare(tokens[k].folded) not in _LONE_SCALES:
        return False
    if k > a and (tokens[k - 1].kind == "num" or tokens[k - 1].folded in UNITS_WORDS):
        return False
    nxt = tokens[k + 1] if k + 1 < b else None
    return nxt is not None and nxt.kind == "word" and nxt.folded != "و"


def _ranges(figures: tuple[ExtractedFigure, ...], source: str) -> tuple[ExtractedFigure, ...]:
    """ "ما بين 4000 و4500 ميجاوات"، "18.5 إلى 19 مليون سائح": a range is its lower
    bound (at least) and its upper bound (up to), the first taking the second's unit
    and scale. "من 17% إلى 16,3%" is a change, not a range."""
    out = list(figures)
    for n in range(len(out) - 1):
        low, high = out[n], out[n + 1]
        if (
            low.value is None
            or high.value is None
            or low.qualifier != Qualifier.EXACT
            or high.qualifier != Qualifier.EXACT
        ):
            continue
        link = source[low.end : high.start].strip()
        before = source[max(0, low.start - 12) : low.start].split()
        between = bool(before) and fold(before[-1]) in _BETWEEN
        if not (
            (link == "و" and between)
            or (link in _TO and not (before and fold(before[-1]) == _FROM))
        ):
            continue
        value = low.value
        if not low.unit and value < 1000 <= high.value:
            value *= _group(high.value)  # 18.5 إلى 19 مليون: millions too
        out[n] = replace(low, value=value, unit=low.unit or high.unit, qualifier=Qualifier.AT_LEAST)
        out[n + 1] = replace(high, qualifier=Qualifier.UP_TO)
    return tuple(out)


def _group(value: Decimal) -> int:
    """The largest power of a thousand dividing a whole value (3000000 → 10**6)."""
    if value != value.to_integral_value() or value == 0:
        return 1
    group = 1
    while int(value) % (group * 1000) == 0:
        group *= 1000
    return group


def _bare_scale_before(tokens: tuple[Token, ...], a: int, k: int) -> int:
    """ "مليون و382 ألفا": index of a lone scale word (one million) joined by و to the
    figure starting at token k, or -1."""
    if k - 2 < a or tokens[k - 1].text != "و" or tokens[k - 2].folded not in SCALE_WORDS:
        return -1
    if k - 3 >= a and tokens[k - 3].kind == "num":
        return -1
    return k - 2


def _join_compounds(
    figures: list[tuple[int, ExtractedFigure]], tokens: tuple[Token, ...], a: int, source: str
) -> tuple[ExtractedFigure, ...]:
    """One figure for a number written in groups: "3 ملايين و402 ألف فدان" is
    3,402,000 acres, "516 ألفا و358 فدانا" is 516,358. ``figures`` pairs each figure
    with the index of its first token."""
    out: list[ExtractedFigure] = []
    for first, fig in figures:
        prev = out[-1] if out else None
        if prev is None or prev.unit or prev.value is None:
            lone = _bare_scale_before(tokens, a, first) if fig.value is not None else -1
            if lone >= 0 and (prev is None or prev.end <= tokens[lone].start):
                scale = Decimal(SCALE_WORDS[tokens[lone].folded])
                prev = ExtractedFigure(
                    tokens[lone].start, tokens[lone].end, "", scale, "", Qualifier.EXACT
                )
                out.append(prev)
        if (
            prev is not None
            and not prev.unit
            and prev.value is not None
            and fig.value is not None
            and source[prev.end : fig.start].strip() == "و"
            and fig.value < _group(prev.value)
        ):
            out[-1] = ExtractedFigure(
                prev.start,
                fig.end,
                source[prev.start : fig.end],
                prev.value + fig.value,
                fig.unit,
                prev.qualifier,
            )
            continue
        out.append(fig)
    return tuple(f for f in out if f.text)
