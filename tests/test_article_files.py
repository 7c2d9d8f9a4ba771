"""Reading article files: every bad file gets a clear one-line reason."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest import ArticleFileError, parse_article_text, read_article_file

GOOD = "العنوان\n\nقال المتحدث إن الوضع هادئ.\n"


def test_reads_title_and_body():
    article = read_article_file(GOOD.encode())
    assert article.title == "العنوان"
    assert article.body == "قال المتحدث إن الوضع هادئ."
    assert article.language == "ar"


def test_byte_order_mark_and_windows_line_ends_are_accepted():
    article = read_article_file(("\ufeff" + GOOD).replace("\n", "\r\n").encode())
    assert article.title == "العنوان"
    assert "\r" not in article.body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        ("العنوان".encode("cp1256"), "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not text"),
        (b"x" * (3 * 1024 * 1024), "larger than"),
        ("عنوان فقط\n".encode(), "no body"),
    ],
)
def test_bad_files_are_refused_with_a_reason(data, message):
    with pytest.raises(ArticleFileError, match=message):
        read_article_file(data)


def test_metadata_header():
    article = parse_article_text(
        "---\nurl: https://example.com/x\noutlet: Example\ndate: 2023-09-20\nlanguage: ar\n---\n"
        + GOOD
    )
    assert article.url == "https://example.com/x"
    assert article.outlet == "Example"
    assert article.published_on == dt.date(2023, 9, 20)
    assert article.title == "العنوان"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("---\nauthor: someone\n---\n", "is not one of"),
        ("---\ndate: 20/09/2023\n---\n", "YYYY-MM-DD"),
        ("---\nlanguage: xx\n---\n", "not supported"),
        ("---\nurl: javascript:alert(1)\n---\n", "http"),
        ("---\nurl: https://example.com\n", "closing '---' missing"),
    ],
)
def test_bad_metadata_is_refused(header, message):
    with pytest.raises(ArticleFileError, match=message):
        parse_article_text(header + GOOD)


def test_header_that_is_never_closed():
    with pytest.raises(ArticleFileError, match="never closed"):
        parse_article_text("---\nurl: https://example.com\noutlet: X")


def test_overlong_body_is_refused():
    with pytest.raises(ArticleFileError, match="longer than"):
        parse_article_text("عنوان\n\n" + "كلمة " * 1000, max_chars=100)
