"""Step 2: reporting verbs, prepositional cues and participial follow-ons."""

from __future__ import annotations

import pytest

from claims.extraction.cues import find_cues
from claims.extraction.prepare import tokenize


def cues(text: str):
    return find_cues(tokenize(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "lemma", "gender"),
    [
        ("قال المدير إن", "قال", "m"),
        ("وقالت المديرة إن", "قال", "f"),
        ("فأضاف الوزير أن", "أضاف", "m"),
        ("وأكدوا أن الاتفاق قائم", "أكد", "p"),
        ("ويقولون إن الاتفاق قائم", "قال", "p"),
        ("كما أعلنت الهيئة أن", "أعلن", "f"),
        ("وأوضح الخبير أن", "أوضح", "m"),
        ("وتابعت الشركة أن", "تابع", "f"),
        ("ونفت النيابة أن", "نفى", "f"),
        ("وحذرت المنظمة من أن", "حذر", "f"),
        ("ودعا الرئيس إلى", "دعا", "m"),
        ("وحثت الشرطة السكان على", "حث", "f"),
        ("وشدد المحافظ على أن", "شدد", "m"),
        ("ويقول المزارعون إن", "قال", "m"),  # VSO: singular verb
        ("وكشفت الدراسة أن", "كشف", "f"),
        ("وصرح المسؤول بأن", "صرح", "m"),
        ("ولفت المتحدث إلى أن", "لفت", "m"),
        ("وأفادت الوكالة أن", "أفاد", "f"),
        ("وطالبت النقابة بزيادة الأجور", "طالب", "f"),
        ("واتهم المحامي الشركة بالتلاعب", "اتهم", "m"),
    ],
)
def test_verb_inflections(text, lemma, gender):
    found = cues(text)
    assert found[0].kind == "verb"
    assert found[0].verb.lemma == lemma
    assert found[0].verb.gender == gender
    assert found[0].initial


def test_doubled_verb_is_one_cue():
    found = cues("ومن جانبها، أعلنت أعلنت الحكومة استئناف الدراسة")
    verbs = [c for c in found if c.kind == "verb"]
    assert len(verbs) == 1
    assert verbs[0].end - verbs[0].index == 2


def test_verb_inside_reported_content_does_not_open_a_claim():
    found = cues("وقالت الوزارة إن الوزير أكد للوفد دعم المشروع")
    assert [c.initial for c in found] == [True, False]


def test_verb_after_side_phrase_opens_a_clause():
    found = cues("ومن جانبها حثت الشرطة السائقين على الحذر")
    assert found[0].initial


def test_quoted_verbs_are_ignored():
    found = cues('وقال المدرب: "قلت للاعبين إن المباراة صعبة"')
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وبحسب المتحدث باسم الهيئة، فإن", "according"),
        ("حسب البنك المركزي، فإن", "according"),
        ("ووفقا لها، ارتفعت", "according_lam"),
        ("وفقاً لـ الهيئة، فإن", "according_lam"),
        ("وعلق الحزب على لسان رئيسه قائلا", "tongue"),
        ("أفادت الصحيفة نقلا عن مصدر أن", "relay"),
    ],
)
def test_prepositional_cues(text, kind):
    assert kind in {c.kind for c in cues(text)}


@pytest.mark.parametrize(
    "follow_on",
    ["مشددا على أن", "مشيرة إلى أن", "لافتا إلى أن", "لافته إلى أن", "مضيفا أن", "قائلا إن"],
)
def test_participial_follow_ons(follow_on):
    found = cues(f"وقال الوزير إن الخطة جاهزة، {follow_on} التنفيذ يبدأ غدا")
    participles = [c for c in found if c.kind == "participle"]
    assert len(participles) == 1
    assert not participles[0].initial


def test_ambiguous_noun_forms_are_not_cues():
    # "طالب" (student) and "بين" (between) are nouns here.
    assert cues("التقى طالب جامعي بين الحضور") == []
