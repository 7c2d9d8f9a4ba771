"""Scoring extracted claims against hand-annotated gold files. Pure Python, no database.

Gold files use the format of the shared evaluation set: ``article`` (file name of the
text), ``speakers`` (``id``, ``names`` …) and ``claims`` (``key`` — an exact substring
of the claim's content —, ``speaker``, optional ``via``, ``figures``). Definitions:

* a gold claim is *found* when one extracted claim covers at least 90% of its key's
  characters; an extracted claim whose span covers keys from more than one paragraph
  (blank-line separated blocks) is too coarse and matches nothing;
* it is *attributed* when such a claim's speaker name, compared with
  :func:`claims.extraction.normalize.normalize_key`, contains one of the names of the
  gold speaker (or of the ``via`` speaker);
* precision = correct / predicted, over extracted claims that have a speaker plus
  claims whose offsets do not quote the article (always wrong); recall = attributed /
  gold claims;
* one identity: a gold speaker counts when every correctly attributed claim of theirs
  names the same extracted speaker;
* figures: a gold figure counts when a figure of a claim covering its key has the same
  qualifier and value (a value written with a scale word in the gold unit — 41.7
  "مليار دولار" — also matches the fully scaled number).

``score_article`` works on the dictionaries of ``extraction_to_dict``; ``evaluate_dir``
runs the extractor over a gold directory and a text directory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from claims.extraction.normalize import normalize_key

_BLANK = re.compile(r"\n\s*\n")
_SCALES = {"الف": 1e3, "مليون": 1e6, "مليار": 1e9, "بليون": 1e9, "تريليون": 1e12}
_COVER = 0.9

COUNTERS = (
    "gold",
    "predicted",
    "correct",
    "attributed",
    "found",
    "bad_offsets",
    "speakers",
    "speakers_single",
    "figures_gold",
    "figures_hit",
)


class GoldError(ValueError):
    """A gold file or article that cannot be read or does not fit its text."""


@dataclass
class ArticleScore:
    article: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    attributed: int = 0
    found: int = 0
    bad_offsets: int = 0
    speakers: int = 0
    speakers_single: int = 0
    figures_gold: int = 0
    figures_hit: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.attributed / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "lines"}
        data.update(
            precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4)
        )
        return data


def _paragraph_index(text: str) -> Callable[[int], int]:
    bounds = [m.start() for m in _BLANK.finditer(text)]

    def index(pos: int) -> int:
        return sum(1 for b in bounds if b < pos)

    return index


def _value_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    expected = gold.get("value")
    if expected is None:
        return True
    try:
        got = float(pred.get("value"))
    except (TypeError, ValueError):
        return False
    scale = next(
        (_SCALES[w] for w in normalize_key(gold.get("unit", "")).split() if w in _SCALES), 1
    )
    for factor in {1, scale}:
        target = float(expected) * factor
        if abs(got - target) <= 1e-6 * max(1.0, abs(target)):
            return True
    return False


def _names_match(pred_speaker: dict[str, Any] | None, names: list[str]) -> bool:
    if not pred_speaker:
        return False
    said = normalize_key(pred_speaker.get("name", ""))
    return any(normalize_key(n) and normalize_key(n) in said for n in names)


def score_article(
    gold: dict[str, Any], text: str, pred: dict[str, Any], verbose: bool = False
) -> ArticleScore:
    """Score one article's extraction (``extraction_to_dict`` shape) against its gold."""
    try:
        speakers = {s["id"]: s for s in gold["speakers"]}
        gold_claims = list(gold["claims"])
    except (KeyError, TypeError) as exc:
        raise GoldError(f"gold file lacks {exc}") from exc
    para_of = _paragraph_index(text)
    result = ArticleScore(article=gold.get("article", "?"), gold=len(gold_claims))

    keys: dict[str, tuple[int, int]] = {}
    for g in gold_claims:
        pos = text.find(g["key"])
        if pos < 0:
            raise GoldError(f"key of {g.get('id')} is not in the article: {g['key']!r}")
        keys[g["id"]] = (pos, pos + len(g["key"]))

    claims = pred.get("claims", [])
    good, bad = [], []
    for c in claims:
        s, e = c.get("start"), c.get("end")
        ok = isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)
        (good if ok and text[s:e] == c.get("text") else bad).append(c)
    result.bad_offsets = len(bad)

    def covered_keys(c: dict[str, Any]) -> list[str]:
        hits = []
        for gid, (ks, ke) in keys.items():
            if min(c["end"], ke) - max(c["start"], ks) >= _COVER * (ke - ks):
                hits.append(gid)
        if len({para_of(keys[g][0]) for g in hits}) > 1:
            return []
        return hits

    by_id = {g["id"]: g for g in gold_claims}

    def right(c: dict[str, Any], g: dict[str, Any]) -> bool:
        if _names_match(c.get("speaker"), speakers[g["speaker"]]["names"]):
            return True
        via = g.get("via")
        return bool(via) and _names_match(c.get("speaker"), speakers[via]["names"])

    covers = [covered_keys(c) for c in good]
    found: set[str] = set()
    first_match: dict[str, dict[str, Any]] = {}
    for c, gids in zip(good, covers, strict=True):
        for gid in gids:
            found.add(gid)
            if right(c, by_id[gid]):
                first_match.setdefault(gid, c)
    with_speaker = [i for i, c in enumerate(good) if c.get("speaker")]
    correct = [i for i in with_speaker if any(right(good[i], by_id[g]) for g in covers[i])]
    result.found = len(found)
    result.attributed = len(first_match)
    result.predicted = len(with_speaker) + len(bad)
    result.correct = len(correct)

    names_of: dict[str, set[str]] = {}
    for gid, c in first_match.items():
        names_of.setdefault(by_id[gid]["speaker"], set()).add(
            normalize_key(c["speaker"].get("name", ""))
        )
    spoken = {g["speaker"] for g in gold_claims}
    result.speakers = len(spoken)
    result.speakers_single = sum(1 for s in spoken if len(names_of.get(s, ())) == 1)

    for g in gold_claims:
        figs = g.get("figures", [])
        result.figures_gold += len(figs)
        if g["id"] not in first_match:
            continue
        pred_figs = [
            f
            for c, gids in zip(good, covers, strict=True)
            if g["id"] in gids
            for f in c.get("figures", [])
        ]
        for f in figs:
            if any(
                _value_matches(f, p) and f.get("qualifier") == p.get("qualifier") for p in pred_figs
            ):
                result.figures_hit += 1

    if verbose:
        for g in gold_claims:
            mark = "ok " if g["id"] in first_match else ("SPK" if g["id"] in found else "---")
            who = (first_match.get(g["id"], {}).get("speaker") or {}).get("name", "")
            result.lines.append(f"  {mark} {g['id']} {g['speaker']:<14} {who} | {g['key']}")
        for i in with_speaker:
            if i not in correct:
                c = good[i]
                result.lines.append(f"  FP  {c['speaker'].get('name')} | {c['text'][:80]}")
        for c in bad:
            result.lines.append(f"  BAD OFFSETS {c.get('start')}:{c.get('end')}")
    return result


def total(scores: list[ArticleScore]) -> ArticleScore:
    """Micro-averaged total over articles."""
    out = ArticleScore(article=f"TOTAL over {len(scores)} articles")
    for s in scores:
        for name in COUNTERS:
            setattr(out, name, getattr(out, name) + getattr(s, name))
    return out


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(data, dict) or "article" not in data:
        raise GoldError(f"{path} is not a gold file (no 'article')")
    return data


def evaluate_dir(
    gold_dir: Path,
    text_dir: Path,
    extract_fn: Callable[[str], dict[str, Any]],
    verbose: bool = False,
) -> list[ArticleScore]:
    """Run ``extract_fn`` (text → ``extraction_to_dict`` output) on every annotated
    article and score it."""
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory not found: {gold_dir}")
    if not text_dir.is_dir():
        raise GoldError(f"text directory not found: {text_dir}")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    scores = []
    for path in files:
        gold = load_gold(path)
        text_path = text_dir / gold["article"]
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"cannot read article {text_path}: {exc}") from exc
        scores.append(score_article(gold, text, extract_fn(text), verbose))
    return scores


def format_score(score: ArticleScore) -> str:
    return (
        f"{score.article}: precision {score.precision:.3f} recall {score.recall:.3f} "
        f"F1 {score.f1:.3f}; found {score.found}/{score.gold}; "
        f"speakers one identity {score.speakers_single}/{score.speakers}; "
        f"figures {score.figures_hit}/{score.figures_gold}"
    )
