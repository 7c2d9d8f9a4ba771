"""Fixtures for the reader-page tests: published verdicts set directly on the
model (independent of the review services) and bulk extra data for query counts."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

_source_numbers = itertools.count(1)


@pytest.fixture
def publish():
    """Publish a verdict on a claim by setting the fields directly."""
    from claims.models import Evidence, ReviewStatus, Source

    def do(claim, verdict="false", *, rationale="", sources=(("refutes", "Ministry data"),)):
        now = timezone.now()
        claim.status = ReviewStatus.PUBLISHED
        claim.verdict = verdict
        claim.rationale = rationale or f"Checked against records ({verdict})."
        claim.reviewed_at = now - dt.timedelta(hours=1)
        claim.published_at = now
        claim.save()
        for stance, title in sources:
            n = next(_source_numbers)
            source = Source.objects.create(
                url=f"https://example.org/source/{n}", title=f"{title} {n}", publisher="Example"
            )
            Evidence.objects.create(claim=claim, source=source, stance=stance, excerpt="…")
        return claim

    return do


@pytest.fixture
def many_claims(seed_article, ingest_text, publish):
    """The seed plus extra articles, each with several claims by shared speakers,
    some published, so a page's query count can be compared with the seed alone."""
    from claims.models import Claim

    lines = []
    for i in range(12):
        lines.append(
            f"وقال المتحدث باسم الرئاسة سمير الحلبي إن الوضع رقم {i} مستقر تماما في المنطقة."
        )
        lines.append(f"وأضاف الحلبي أن {i + 3} آلاف جندي يشاركون في المهمة.")
    for n in range(4):
        ingest_text(f"مقالة إضافية رقم {n}\n\n" + "\n\n".join(lines) + f"\n\nنهاية {n}.")
    for claim in Claim.objects.order_by("id")[::3]:
        publish(claim, "misleading")
    return seed_article
