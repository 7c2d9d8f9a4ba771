"""Separate a news file's title and body from the page furniture around them.

Scraped Arabic news often starts with the outlet's masthead (editorial staff names)
printed more than once, and repeats the photo caption under the title. Those lines
are not the article: a line that occurs more than once before the first real
paragraph is furniture, every copy of it. The title is the first remaining line.
Lines holding only white space (including no-break spaces) are blank.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

# A line this long is prose: the preamble is over. Headlines are shorter, and end
# in any punctuation (often "؟"), so punctuation says nothing here.
_PROSE_MIN_CHARS = 120


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    title: str
    body: str
    dropped_lines: tuple[str, ...]


def _is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN_CHARS


def clean_article(text: str) -> CleanedArticle:
    """Return the title, the body after the title with repeated preamble lines
    removed, and the lines dropped. The body keeps the rest of the text exactly."""
    lines = text.split("\n")
    preamble_end = next((i for i, line in enumerate(lines) if _is_prose(line.strip())), len(lines))
    preamble = [line.strip() for line in lines[:preamble_end]]
    counts = Counter(line for line in preamble if line)
    repeated = {line for line, n in counts.items() if n > 1}

    dropped: list[str] = []
    title = ""
    title_index = -1
    for i, line in enumerate(preamble):
        if not line:
            continue
        if line in repeated:
            dropped.append(line)
            continue
        title, title_index = line, i
        break
    if title_index < 0:
        # No preamble line stands alone: the first prose line is the title.
        title_index = preamble_end
        title = lines[title_index].strip() if title_index < len(lines) else ""
        preamble_end += 1

    kept: list[str] = []
    for line in lines[title_index + 1 : preamble_end]:
        if line.strip() in repeated:
            dropped.append(line.strip())
        else:
            kept.append(line)
    body = "\n".join(kept + lines[preamble_end:]).strip()
    return CleanedArticle(title=title, body=body, dropped_lines=tuple(dropped))
