"""Reading article files: encoding checks, the optional metadata header, the title.

File format (UTF-8 text):

    ---                      optional metadata header, first line of the file
    url: https://example.com/news/1
    outlet: Example News
    date: 2023-09-20
    language: ar
    ---
    <title line, possibly after masthead lines>
    <body paragraphs>

Every header key is optional; unknown keys are an error so that typos do not pass
silently. No Django imports: the command and the API both use it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlparse

from claims.extraction.prepare import split_boilerplate

HEADER_FENCE = "---"
HEADER_KEYS = ("url", "outlet", "date", "language")
LANGUAGES = ("ar", "en")
MAX_FILE_BYTES = 2 * 1024 * 1024


class ArticleFileError(ValueError):
    """The file cannot be an article; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class ArticleFile:
    title: str
    body: str
    language: str = "ar"
    url: str = ""
    outlet: str = ""
    published_on: dt.date | None = None
    dropped_lines: tuple[str, ...] = ()


def decode_article_bytes(data: bytes) -> str:
    if not data.strip():
        raise ArticleFileError("file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ArticleFileError(f"file is larger than {MAX_FILE_BYTES // 1024} KiB")
    if b"\x00" in data:
        raise ArticleFileError("file is not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(
            f"file is not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_header(lines: list[str]) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != HEADER_FENCE:
        return {}, 0
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == HEADER_FENCE:
            return meta, i + 1
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep:
            raise ArticleFileError(
                f"header line {i + 1} {line.strip()!r} is not 'key: value' "
                "(is the closing '---' missing?)"
            )
        if key not in HEADER_KEYS:
            raise ArticleFileError(
                f"header line {i + 1} {line.strip()!r} is not one of "
                f"{', '.join(k + ': …' for k in HEADER_KEYS)}"
            )
        meta[key] = value.strip()
    raise ArticleFileError("metadata header opened with '---' is never closed")


def validate_metadata(
    *, language: str = "", url: str = "", published_on: str = ""
) -> tuple[str, str, dt.date | None]:
    """Check header or API metadata; returns (language, url, date)."""
    language = (language or "ar").strip().lower()
    if language not in LANGUAGES:
        raise ArticleFileError(f"language {language!r} is not supported ({', '.join(LANGUAGES)})")
    url = url.strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ArticleFileError(f"url {url!r} is not an http(s) URL")
    date = None
    if published_on:
        try:
            date = dt.date.fromisoformat(published_on.strip())
        except ValueError:
            raise ArticleFileError(f"date {published_on!r} is not YYYY-MM-DD") from None
    return language, url, date


def parse_article_text(text: str, *, max_chars: int = 200_000) -> ArticleFile:
    lines = text.split("\n")
    meta, first_line = _parse_header(lines)
    language, url, date = validate_metadata(
        language=meta.get("language", ""),
        url=meta.get("url", ""),
        published_on=meta.get("date", ""),
    )
    text = "\n".join(lines[first_line:])
    furniture = split_boilerplate(text)
    title = " ".join(furniture.title.split())
    body = text[furniture.body_start :].strip()
    if not title:
        raise ArticleFileError("file has no title line before the body text")
    if not body.strip():
        raise ArticleFileError("file has a title but no body text")
    if len(body) > max_chars:
        raise ArticleFileError(f"article body is longer than {max_chars} characters")
    return ArticleFile(
        title=title[:500],
        body=body,
        language=language,
        url=url,
        outlet=meta.get("outlet", ""),
        published_on=date,
        dropped_lines=furniture.dropped_lines,
    )


def read_article_file(data: bytes, *, max_chars: int = 200_000) -> ArticleFile:
    return parse_article_text(decode_article_bytes(data), max_chars=max_chars)
