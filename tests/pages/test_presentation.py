"""The pure helpers behind highlights and ClaimReview markup."""

from __future__ import annotations

import datetime as dt
import json
import re

from hypothesis import given
from hypothesis import strategies as st

from claims.presentation import (
    Span,
    build_paragraphs,
    build_segments,
    claim_review_data,
    json_for_script,
    paragraph_bounds,
    paragraph_containing,
    render_segments,
    scorecard,
)

ARABIC = "قال الوزير إن الاقتصاد نما بنسبة خمسة في المئة هذا العام"


def texts_and_ids(segments):
    return [(s.text, s.claim_ids) for s in segments]


def test_segments_without_spans_is_the_whole_text():
    assert texts_and_ids(build_segments(ARABIC, [])) == [(ARABIC, ())]


def test_single_span_splits_into_three_pieces():
    start = ARABIC.index("الاقتصاد")
    span = Span(1, start, len(ARABIC))
    assert texts_and_ids(build_segments(ARABIC, [span])) == [
        (ARABIC[:start], ()),
        (ARABIC[start:], (1,)),
    ]


def test_adjacent_spans_stay_separate():
    body = "abcdef"
    segments = build_segments(body, [Span(1, 0, 3), Span(2, 3, 6)])
    assert texts_and_ids(segments) == [("abc", (1,)), ("def", (2,))]


def test_overlapping_spans_share_the_middle_segment():
    body = "0123456789"
    segments = build_segments(body, [Span(1, 0, 6), Span(2, 4, 10)])
    assert texts_and_ids(segments) == [("0123", (1,)), ("45", (1, 2)), ("6789", (2,))]


def test_nested_span_is_innermost_in_its_segment():
    body = "0123456789"
    segments = build_segments(body, [Span(2, 3, 5), Span(1, 0, 10)])
    assert texts_and_ids(segments) == [("012", (1,)), ("34", (1, 2)), ("56789", (1,))]
    assert segments[1].primary.claim_id == 2


def test_identical_spans_list_both_claims():
    segments = build_segments("abc", [Span(7, 0, 3), Span(5, 0, 3)])
    assert texts_and_ids(segments) == [("abc", (5, 7))]


def test_out_of_range_and_empty_spans_are_ignored():
    segments = build_segments("abc", [Span(1, 2, 9), Span(2, 1, 1), Span(3, -1, 2)])
    assert texts_and_ids(segments) == [("abc", ())]


def test_paragraphs_split_on_blank_lines_and_keep_single_newlines():
    body = "first line\nsecond line\n\n  \n\nnext paragraph\n\nlast"
    assert [body[s:e] for s, e in paragraph_bounds(body)] == [
        "first line\nsecond line",
        "next paragraph",
        "last",
    ]


def test_span_crossing_a_paragraph_break_is_highlighted_in_both():
    body = "aaa bbb\n\nccc ddd"
    paragraphs = build_paragraphs(body, [Span(1, 4, 12)])
    assert [texts_and_ids(p.segments) for p in paragraphs] == [
        [("aaa ", ()), ("bbb", (1,))],
        [("ccc", (1,)), (" ddd", ())],
    ]


def test_paragraph_containing_a_claim():
    body = "one\n\ntwo three\n\nfour"
    start = body.index("three")
    assert body[slice(*paragraph_containing(body, start, start + 5))] == "two three"


spans_strategy = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=8).map(
    lambda pairs: [Span(i + 1, s, s + n) for i, (s, n) in enumerate(pairs)]
)


@given(body=st.text(min_size=1, max_size=40), spans=spans_strategy)
def test_segments_reassemble_the_body_and_cover_each_span(body, spans):
    segments = build_segments(body, spans)
    assert "".join(s.text for s in segments) == body
    for span in spans:
        if span.end > len(body):
            continue
        covered = "".join(s.text for s in segments if span.claim_id in s.claim_ids)
        assert covered == body[span.start : span.end]


def test_render_adds_no_text_and_escapes_everything():
    body = 'x <script>alert("1")</script> & قال'
    html = render_segments(build_segments(body, [Span(3, 2, 10, url="/claims/3/", label="<b>")]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'title="&lt;b&gt;"' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert text == "x &lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; قال"


def test_render_marks_multi_claim_segments_with_all_ids():
    html = render_segments(
        build_segments("abcdef", [Span(1, 0, 6, url="/c/1/"), Span(2, 2, 4, url="/c/2/")])
    )
    assert 'href="/c/2/" data-claim="2" data-claims="1 2"' in html
    assert "hl-multi" in html
    assert html.count("<a ") == 3


def test_verdict_colour_class_falls_back_to_neutral():
    html = render_segments(build_segments("abc", [Span(1, 0, 3, verdict="", url="/c/1/")]))
    assert "v-none" in html
    html = render_segments(build_segments("abc", [Span(1, 0, 3, verdict="false", url="/c/1/")]))
    assert "v-false" in html


def test_json_for_script_cannot_close_the_script_element():
    out = json_for_script({"text": "</script><script>alert(1)</script> & <!--"})
    assert "</script" not in out.lower()
    assert "<!--" not in out
    assert json.loads(out) == {"text": "</script><script>alert(1)</script> & <!--"}


def review(verdict):
    return claim_review_data(
        claim_text="نص الادعاء",
        verdict=verdict,
        url="https://fc.example/claims/1/",
        site_name="factcheck",
        site_url="https://fc.example/",
        date_published=dt.datetime(2024, 1, 2, 10, tzinfo=dt.UTC),
        speaker_name="الحلبي",
        speaker_kind="person",
        article_title="عنوان",
        article_url="https://news.example/a",
        article_date=dt.date(2023, 9, 20),
    )


def test_claim_review_for_a_rated_verdict():
    data = review("mostly_false")
    assert data["@type"] == "ClaimReview"
    assert data["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly false",
    }
    assert data["itemReviewed"]["author"] == {"@type": "Person", "name": "الحلبي"}
    assert data["itemReviewed"]["appearance"]["url"] == "https://news.example/a"
    assert data["author"]["name"] == "factcheck"
    assert data["datePublished"] == "2024-01-02"


def test_unverifiable_has_no_numeric_rating():
    rating = review("unverifiable")["reviewRating"]
    assert "ratingValue" not in rating
    assert rating["alternateName"] == "Unverifiable"


def test_scorecard_shares():
    rows = {row["verdict"]: row for row in scorecard({"false": 3, "accurate": 1})}
    assert rows["false"]["count"] == 3
    assert rows["false"]["share"] == 75
    assert rows["misleading"]["share"] == 0
    assert scorecard({})[0]["share"] == 0
