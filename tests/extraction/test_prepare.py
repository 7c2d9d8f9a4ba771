"""Step 1: boilerplate, paragraphs, sentences and tokens keep exact offsets."""

from __future__ import annotations

from claims.extraction.prepare import Paragraph, prepare, sentences, split_boilerplate, tokenize

ARTICLE = (
    "رئيس التحرير\n"
    "سامية عبد الغني\n"
    "رئيس التحرير\n"
    "سامية عبد الغني\n"
    "\n"
    "ارتفاع أسعار الذهب في السوق المحلية\n"
    "\n"
    "تصوير: أرشيفية\n"
    "صورة المحل\n"
    "صورة المحل\n"
    "\n"
    "ارتفعت أسعار الذهب في السوق المحلية خلال تعاملات اليوم، وسط طلب متزايد من "
    "المستهلكين قبل موسم الأعياد.\n"
    "\xa0\n"
    "وقال رئيس شعبة الذهب إن الأسعار قد تواصل الصعود.\n"
)


def test_repeated_masthead_caption_and_credit_are_dropped():
    bp = split_boilerplate(ARTICLE)
    assert bp.title == "ارتفاع أسعار الذهب في السوق المحلية"
    assert set(bp.dropped_lines) == {
        "رئيس التحرير",
        "سامية عبد الغني",
        "تصوير: أرشيفية",
        "صورة المحل",
    }
    assert bp.dropped_lines.count("صورة المحل") == 2
    assert ARTICLE[bp.body_start :].startswith("ارتفعت أسعار الذهب")
    for start, end in bp.dropped:
        assert ARTICLE[start:end] in bp.dropped_lines
    assert bp.title_span is not None
    assert ARTICLE[bp.title_span[0] : bp.title_span[1]] == bp.title


def test_text_without_preamble_has_no_title():
    text = (
        "وقال رئيس شعبة الذهب في الغرفة التجارية إن الأسعار قد تواصل الصعود "
        "خلال الأسبوع المقبل بسبب الطلب.\n"
    )
    bp = split_boilerplate(text)
    assert bp.title == ""
    assert bp.body_start == 0


def test_paragraphs_skip_boilerplate_and_nbsp_lines():
    prepared = prepare(ARTICLE)
    texts = [ARTICLE[p.start : p.end] for p in prepared.paragraphs]
    assert texts[0].startswith("ارتفعت أسعار الذهب")
    assert texts[-1] == "وقال رئيس شعبة الذهب إن الأسعار قد تواصل الصعود."
    assert len(texts) == 2  # the no-break-space line is blank


def test_tokens_point_into_the_original_text():
    text = "أعلنـــت الوزارةُ أمس #حركة_الشباب «نص» 12.5% و6 طائرات"
    toks = tokenize(text, 0, len(text))
    for tok in toks:
        assert text[tok.start : tok.end] == tok.text
    words = {t.text: t.folded for t in toks if t.kind == "word"}
    assert words["أعلنـــت"] == "اعلنت"  # tatweel removed, alef folded
    assert words["الوزارةُ"] == "الوزاره"  # diacritic removed, taa marbuta folded
    assert "حركة_الشباب" in words  # a hashtag stays one word
    assert "#" not in {t.text for t in toks}  # and its mark is no token of the phrase
    nums = [t.text for t in toks if t.kind == "num"]
    assert nums == ["12.5", "6"]  # "و6" splits into the conjunction and the number


def test_a_title_glued_to_its_genitive_is_two_words():
    text = "وقال وزيرالثقافة إن الاستقلال والمستقبل"
    toks = tokenize(text, 0, len(text))
    assert [t.text for t in toks] == ["وقال", "وزير", "الثقافة", "إن", "الاستقلال", "والمستقبل"]
    assert all(text[t.start : t.end] == t.text for t in toks)  # offsets still quote it
    assert toks[1].end == toks[2].start


def test_quote_state_and_sentence_ends():
    text = 'قال الوزير: "الوضع صعب. لكننا مستعدون". وانتهى اللقاء.'
    toks = tokenize(text, 0, len(text))
    inside = [t.text for t in toks if t.in_quote]
    assert "صعب" in inside and "الوزير" not in inside
    ends = [t.start for t in toks if t.sentence_end]
    assert len(ends) == 2  # the full stop inside the quotation does not end the sentence


def test_sentences():
    text = "قال المدير إن الأرباح بلغت 3.5 مليون دولار. وأضاف أن الشركة ستتوسع؟ ربما"
    para = Paragraph(0, len(text), tokenize(text, 0, len(text)))
    spans = [text[s:e] for s, e in sentences(para)]
    assert spans == [
        "قال المدير إن الأرباح بلغت 3.5 مليون دولار.",
        "وأضاف أن الشركة ستتوسع؟",
        "ربما",
    ]


def test_only_cued_drops_paragraphs_without_cues():
    text = (
        "عاصفة ثلجية تضرب الشمال\n\n"
        "مرت العاصفة الثلجية على مدن الشمال دون خسائر بشرية رغم شدة الرياح وتراكم الثلوج.\n\n"
        "وقالت هيئة الأرصاد الجوية إن الطرق الرئيسية مفتوحة أمام حركة السير.\n"
    )
    assert len(prepare(text).paragraphs) == 2
    assert len(prepare(text, only_cued=True).paragraphs) == 1


def test_the_dot_of_an_abbreviated_title_ends_no_sentence():
    text = "قال د. سامي نور إن الوضع مستقر. وأضاف أن الأسعار ثابتة."
    ends = [t.text for t in tokenize(text, 0, len(text)) if t.sentence_end]
    assert ends == [".", "."]
    assert text.index("د.") + 1 not in [
        t.start for t in tokenize(text, 0, len(text)) if t.sentence_end
    ]
