"""claims.evaluation: the project's own scorer (pure Python, no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.evaluation import GoldError, evaluate_dir, score_article, total
from claims.extraction import extract, extraction_to_dict

DATA = Path(__file__).resolve().parent / "extraction" / "data"

TEXT = "وقال الوزير سالم عيد إن النمو بلغ 4%.\n\nوأضاف أن التضخم تراجع.\n"
GOLD = {
    "article": "x.txt",
    "speakers": [{"id": "eid", "names": ["سالم عيد", "عيد"]}],
    "claims": [
        {
            "id": "c1",
            "speaker": "eid",
            "key": "النمو بلغ 4%",
            "figures": [{"value": 4, "unit": "%", "qualifier": "exact"}],
        },
        {"id": "c2", "speaker": "eid", "key": "التضخم تراجع", "figures": []},
    ],
}


def claim(text: str, part: str, name: str | None, figures=()):
    start = text.index(part)
    return {
        "start": start,
        "end": start + len(part),
        "text": part,
        "speaker": {"name": name} if name else None,
        "figures": list(figures),
    }


def test_perfect_prediction():
    pred = {
        "claims": [
            claim(TEXT, "النمو بلغ 4%", "سالم عيد", [{"value": 4, "qualifier": "exact"}]),
            claim(TEXT, "التضخم تراجع", "سالم عيد"),
        ]
    }
    s = score_article(GOLD, TEXT, pred)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert (s.speakers_single, s.speakers) == (1, 1)
    assert (s.figures_hit, s.figures_gold) == (1, 1)


def test_wrong_speaker_bad_offsets_and_split_identity():
    pred = {
        "claims": [
            claim(TEXT, "النمو بلغ 4%", "عيد"),  # surname: attributed, another identity
            claim(TEXT, "التضخم تراجع", "سالم عيد"),
            claim(TEXT, "التضخم تراجع", "مجهول"),  # wrong speaker
            {"start": 0, "end": 4, "text": "خطأ", "speaker": {"name": "عيد"}},  # bad offsets
        ]
    }
    s = score_article(GOLD, TEXT, pred)
    assert s.bad_offsets == 1
    assert s.predicted == 4 and s.correct == 2
    assert s.recall == 1.0
    assert s.speakers_single == 0
    assert s.figures_hit == 0  # the figure is missing


def test_claim_spanning_two_paragraphs_matches_nothing():
    start, end = TEXT.index("النمو"), TEXT.index("تراجع") + len("تراجع")
    pred = {
        "claims": [
            {"start": start, "end": end, "text": TEXT[start:end], "speaker": {"name": "سالم عيد"}}
        ]
    }
    s = score_article(GOLD, TEXT, pred)
    assert s.found == 0 and s.correct == 0


def test_scaled_values_match_a_scale_word_in_the_gold_unit():
    text = "وقال المدير هاني نور إن الديون بلغت 41.7 مليار دولار.\n"
    gold = {
        "article": "y.txt",
        "speakers": [{"id": "n", "names": ["هاني نور"]}],
        "claims": [
            {
                "id": "c1",
                "speaker": "n",
                "key": "الديون بلغت",
                "figures": [{"value": 41.7, "unit": "مليار دولار", "qualifier": "exact"}],
            }
        ],
    }
    for value in (41.7, 41_700_000_000):
        figure = {"value": value, "qualifier": "exact"}
        pred = {"claims": [claim(text, "الديون بلغت 41.7 مليار دولار", "هاني نور", [figure])]}
        assert score_article(gold, text, pred).figures_hit == 1


def test_key_not_in_text_is_a_gold_error():
    gold = dict(GOLD, claims=[{"id": "c9", "speaker": "eid", "key": "غير موجود"}])
    with pytest.raises(GoldError):
        score_article(gold, TEXT, {"claims": []})


def test_unreadable_inputs(tmp_path):
    with pytest.raises(GoldError, match="not found"):
        evaluate_dir(tmp_path / "missing", tmp_path, lambda t: {})
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "bad.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read gold"):
        evaluate_dir(tmp_path / "g", tmp_path, lambda t: {})
    (tmp_path / "g" / "bad.json").write_text(json.dumps({"article": "nope.txt"}), encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read article"):
        evaluate_dir(tmp_path / "g", tmp_path, lambda t: {})


def test_held_out_articles_score_above_the_bar():
    scores = evaluate_dir(
        DATA / "gold", DATA / "texts", lambda text: extraction_to_dict(extract(text))
    )
    overall = total(scores)
    assert len(scores) >= 10
    assert overall.f1 >= 0.85
    assert overall.bad_offsets == 0
