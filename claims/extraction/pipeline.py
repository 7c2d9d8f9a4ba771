"""Article text in, attributed claims out (first, simple version).

Finds reporting verbs, takes the words after them up to a comma or a complementiser
as the speaker, and the rest of the sentence as the claim.
"""

from __future__ import annotations

import re

from claims.extraction.normalize import normalize_key
from claims.extraction.types import (
    ClaimKind,
    ExtractedClaim,
    ExtractedSpeaker,
    Extraction,
    SpeakerKind,
)

EXTRACTOR_VERSION = "ar-0.1.0"

_VERBS = "قال|قالت|أضاف|أضافت|أكد|أكدت|أعلن|أعلنت|أشار|أشارت|أوضح|أوضحت|تابع|تابعت|طالبت|طالب"
_CUE = re.compile(rf"(?<!\w)(?:و|ف|كما )?({_VERBS})(?!\w)")
_COMP = re.compile(r"(?<!\w)(?:إن|أن|أنه|أنها)(?!\w)|:")
_PARA = re.compile(r"[^\n]+")


def extract(text: str, language: str = "ar") -> Extraction:
    claims: list[ExtractedClaim] = []
    speakers: dict[str, ExtractedSpeaker] = {}
    for para in _PARA.finditer(text):
        p = para.group()
        for cue in _CUE.finditer(p):
            comp = _COMP.search(p, cue.end())
            if comp is None:
                continue
            subject = p[cue.end() : comp.start()].strip(" ،,")
            subject = subject.split("،")[0].strip()
            start = para.start() + comp.end()
            while start < para.end() and text[start] in " \"«“":
                start += 1
            end = para.end()
            while end > start and text[end - 1] in " .\"»”\xa0":
                end -= 1
            if end <= start:
                continue
            key = None
            if subject:
                key = normalize_key(subject)
                speakers.setdefault(
                    key, ExtractedSpeaker(key=key, name=subject, kind=SpeakerKind.PERSON)
                )
            claims.append(
                ExtractedClaim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    speaker=key,
                    via=None,
                    cue=cue.group(1),
                    direct=text[comp.end() :].lstrip().startswith(('"', "«", "“")),
                    kind=ClaimKind.STATEMENT,
                )
            )
            break
    claims.sort(key=lambda c: c.start)
    return Extraction(language, EXTRACTOR_VERSION, tuple(claims), tuple(speakers.values()))
