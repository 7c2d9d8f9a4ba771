"""extract() never raises and stays linear on odd input (no timing asserts)."""

from __future__ import annotations

import random

import pytest

from tests.extraction.conftest import claim_with

TITLE = "عنوان الخبر\n\n"
SAMPLE = (
    "قال الوزير إن الأسعار وأضاف أن وزارة الصحة أعلنت مصدر في 3 ملايين « » دعا الدول "
    "بحسب ما ذكرت الوكالة ، . : وكان قد أكد"
)
WORDS = SAMPLE.split(" ")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        " \n\t\n\u00a0\n ",
        "The minister said on Monday that prices would fall.\n\nHe added nothing.",
        "12345 678 ... !!! ؟؟؟",
        '«««« قال الوزير »» إن " " « وأضاف\n\n»»»، قال الوزير.',
        "»، قال",
        "قال",
        "عنوان\n\n، قال الوزير",
        "عنوان\n\nبحسب ما",
        "عنوان\n\nوكان الوزير قد",
    ],
)
def test_odd_input_never_raises(run, text):
    run(text)


def test_long_article(run):
    body = (
        "وقال وزير التجارة عماد الفرا إن الصادرات ارتفعت بنسبة 5%.\n\n"
        "«الأسواق مستقرة»، أضاف الفرا.\n\n"
        "الوزارة أعلنت أن المخزون يكفي، بحسب ما ذكرته الوكالة.\n\n"
    )
    text = TITLE + body * (200_000 // len(body) + 1)
    assert len(text) > 200_000
    extraction = run(text)
    assert len(extraction.claims) >= 3 * (200_000 // len(body))
    assert len(extraction.speakers) <= 3


def test_paragraph_of_five_thousand_words_without_punctuation(run):
    rng = random.Random(7)
    run(TITLE + " ".join(rng.choice(WORDS) for _ in range(5000)))
    run(TITLE + " ".join(["قال الوزير إن"] * 1700))
    run(TITLE + " ".join(["وزارة الصحة"] * 2500) + " أعلنت أن")


def test_unbalanced_quotation_does_not_swallow_the_paragraph(run):
    extraction = run(TITLE + 'قال الوزير إن "الخطة جاهزة. وأضاف أن الموازنة كافية.')
    assert claim_with(extraction, "الموازنة كافية").text == "الموازنة كافية"


def test_html_tags_are_not_words(run):
    extraction = run(
        "<h1>عنوان الخبر</h1>\n<p>قال الوزير إن الخطة جاهزة.</p>\n"
        "<p>«الأسواق مستقرة»، أضاف الوزير.</p>"
    )
    assert [c.text for c in extraction.claims] == ["الخطة جاهزة", "الأسواق مستقرة"]
