"""python manage.py benchmark_api — latency of the API's main list and filter queries
on a synthetic corpus of 100,000 claims, next to the time of the same SQL run raw.

The corpus is built from the extractor's own output: the seed article and the
held-out test articles (tests/extraction/data/texts/) are extracted and stored once
through the real services, then their claims are replicated into thousands of
articles with bulk_create, with shifted offsets (a varying first line), a pool of
speaker variants (with aliases, so text search has work to do), and a mix of review
states, verdicts, publication dates and evidence.

Each query goes through the whole stack (Django test client → middleware → DRF →
serializers → JSON), anonymously. Its raw SQL time is the time the database takes
to answer exactly the statements that request issued (captured, then re-run through
a plain cursor), so the ratio is the API's overhead over the database's work.

Use a database of its own, never the dev or test one::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench manage.py benchmark_api
    manage.py benchmark_api --database-url sqlite:////tmp/bench.sqlite3

The command refuses a database holding articles it did not create.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.benchmarking import cpu_model

BENCH_SOURCE = "benchmark_api"
ROOT = Path(settings.BASE_DIR)
TEMPLATE_FILES = [
    ROOT / "seeds" / "karabakh-2023-09-20-ar.txt",
    *sorted((ROOT / "tests" / "extraction" / "data" / "texts").glob("*.txt")),
]
SPEAKER_VARIANTS = 25
SOURCE_POOL = 400
VERDICTS = ["accurate", "mostly_accurate", "misleading", "mostly_false", "false", "unverifiable"]


@dataclass
class Timing:
    name: str
    url: str
    p50: float
    p95: float
    raw_p50: float
    queries: int
    rows: int

    @property
    def ratio(self) -> float:
        return self.p50 / self.raw_p50 if self.raw_p50 else float("nan")


class Command(BaseCommand):
    help = "Benchmark the API's list/filter endpoints on a 100k-claim synthetic corpus."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--database-url",
            help="Database to use (default: DATABASE_URL). Must not be the dev/test DB.",
        )
        parser.add_argument("--claims", type=int, default=100_000)
        parser.add_argument("--repeat", type=int, default=40, help="timed runs per query")
        parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the corpus")

    def handle(self, *args: Any, **options: Any) -> None:
        url = options.get("database_url")
        if url and os.environ.get("DATABASE_URL") != url:
            # Settings are already loaded for another database: start again on this one.
            env = {**os.environ, "DATABASE_URL": url}
            argv = [sys.executable, sys.argv[0], *sys.argv[1:]]
            os.execve(sys.executable, argv, env)  # noqa: S606 - same interpreter, same command
        self._refuse_foreign_database()
        call_command("migrate", verbosity=0, interactive=False)
        self._refuse_foreign_database()
        self._build(options["claims"], rebuild=options["rebuild"])
        # Fresh planner statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE /
        # PRAGMA optimize (SQLite) would give a production database after a bulk load.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self._report(self._run(options["repeat"]))

    # ----------------------------------------------------------------------- safety

    def _refuse_foreign_database(self) -> None:
        from django.db.utils import DatabaseError

        from claims.models import Article

        try:
            foreign = Article.objects.exclude(source_name__startswith=BENCH_SOURCE).exists()
        except DatabaseError:
            return  # not migrated yet: an empty database
        if foreign:
            raise CommandError(
                f"{connection.settings_dict['NAME']} holds articles the benchmark did not "
                "create: give it a database of its own (--database-url)."
            )

    # ----------------------------------------------------------------------- corpus

    def _build(self, target: int, *, rebuild: bool) -> None:
        from claims.models import Article, Claim

        existing = Claim.objects.count()
        if existing >= target and not rebuild:
            self.stdout.write(f"corpus: reusing {existing:,} claims")
            return
        if existing:
            self._wipe()
        started = time.perf_counter()
        templates = self._templates()
        per_round = sum(len(claims) for _article, claims, _f in templates)
        if not per_round:
            raise CommandError("the extractor found no claims in the template articles")
        self._replicate(templates, target - per_round)
        self.stdout.write(
            f"corpus: {Claim.objects.count():,} claims in {Article.objects.count():,} "
            f"articles built in {time.perf_counter() - started:.0f} s"
        )

    def _wipe(self) -> None:
        from claims.models import (
            Article,
            ClaimEvent,
            Evidence,
            Figure,
            Outlet,
            Source,
            Speaker,
            SpeakerAlias,
        )

        with transaction.atomic():
            for model in (Evidence, Figure, ClaimEvent):
                model.objects.all().delete()
            Article.objects.all().delete()
            Source.objects.all().delete()
            SpeakerAlias.objects.all().delete()
            Speaker.objects.update(affiliation=None)
            Speaker.objects.all().delete()
            Outlet.objects.all().delete()

    def _templates(self) -> list[tuple[Any, list[Any], dict[int, list[Any]]]]:
        """Each template article stored through the real ingest service (extraction,
        speaker matching), with its claims and their figures."""
        from claims.ingest import read_article_file
        from claims.models import Figure
        from claims.services import article_ingest

        templates = []
        for path in TEMPLATE_FILES:
            result = article_ingest(
                article_file=read_article_file(path.read_bytes()),
                source_name=f"{BENCH_SOURCE}:template:{path.name}",
            )
            claims = list(result.article.claims.order_by("start"))
            figures: dict[int, list[Any]] = {}
            for figure in Figure.objects.filter(claim__in=claims):
                figures.setdefault(figure.claim_id, []).append(figure)
            templates.append((result.article, claims, figures))
        return templates

    def _speaker_variants(self, templates: list) -> dict[int, list[Any]]:
        """Template speaker id → variants (same kind/affiliation, own name and alias)."""
        from claims.extraction.normalize import normalize_key
        from claims.models import Speaker, SpeakerAlias

        originals = {c.speaker_id for _a, claims, _f in templates for c in claims} | {
            c.via_id for _a, claims, _f in templates for c in claims
        }
        originals.discard(None)
        variants: dict[int, list[Any]] = {}
        new: list[Speaker] = []
        for speaker in Speaker.objects.filter(pk__in=originals):
            for n in range(1, SPEAKER_VARIANTS):
                name = f"{speaker.name} {n}"
                new.append(
                    Speaker(
                        name=name,
                        kind=speaker.kind,
                        role=speaker.role,
                        affiliation_id=speaker.affiliation_id,
                        slug=f"bench-{speaker.pk}-{n}",
                    )
                )
        Speaker.objects.bulk_create(new, batch_size=2000)
        by_slug = {s.slug: s for s in Speaker.objects.filter(slug__startswith="bench-")}
        aliases = []
        for speaker in Speaker.objects.filter(pk__in=originals):
            variants[speaker.pk] = [speaker] + [
                by_slug[f"bench-{speaker.pk}-{n}"] for n in range(1, SPEAKER_VARIANTS)
            ]
            for variant in variants[speaker.pk][1:]:
                aliases.append(
                    SpeakerAlias(
                        speaker=variant, surface=variant.name, key=normalize_key(variant.name)
                    )
                )
        SpeakerAlias.objects.bulk_create(aliases, batch_size=5000, ignore_conflicts=True)
        return variants

    def _replicate(self, templates: list, remaining: int) -> None:
        from claims.extraction.normalize import normalize_key
        from claims.models import Article, Claim, Evidence, Figure, Outlet, Source

        variants = self._speaker_variants(templates)
        outlets = [
            Outlet.objects.get_or_create(name=f"Bench Outlet {n}", defaults={"slug": f"bench-{n}"})[
                0
            ]
            for n in range(12)
        ]
        sources = Source.objects.bulk_create(
            Source(url=f"https://sources.example.org/{n}", title=f"Source {n}", kind="document")
            for n in range(SOURCE_POOL)
        )
        now = timezone.now()
        base_day = dt.date(2024, 1, 1)
        index = 0
        batch_articles = 400
        while remaining > 0:
            articles, plan = [], []
            for _ in range(batch_articles):
                if remaining <= 0:
                    break
                template, claims, figures = templates[index % len(templates)]
                prefix = f"نسخة رقم {index} " + "." * (index % 17) + "\n\n"
                body = prefix + template.body
                articles.append(
                    Article(
                        title=f"{template.title} ({index})",
                        title_key=normalize_key(f"{template.title} {index}")[:500],
                        body=body,
                        language=template.language,
                        outlet=outlets[index % len(outlets)],
                        published_on=base_day + dt.timedelta(days=index % 700),
                        content_hash=hashlib.sha256(body.encode()).hexdigest(),
                        source_name=f"{BENCH_SOURCE}:copy",
                        extractor_version=template.extractor_version,
                    )
                )
                plan.append((index, len(prefix), claims, figures))
                remaining -= len(claims)
                index += 1
            with transaction.atomic():
                Article.objects.bulk_create(articles, batch_size=500)
                new_claims, new_figures, evidence = [], [], []
                for article, (i, shift, claims, figures) in zip(articles, plan, strict=True):
                    for j, claim in enumerate(claims):
                        copy = self._claim_copy(claim, article, i, j, shift, variants, now)
                        new_claims.append(copy)
                        for figure in figures.get(claim.pk, ()):
                            new_figures.append((copy, figure, shift))
                Claim.objects.bulk_create(new_claims, batch_size=2000)
                Figure.objects.bulk_create(
                    (
                        Figure(
                            claim=copy,
                            value=None if f.value is None else f.value + (copy.pk % 50),
                            unit=f.unit,
                            qualifier=f.qualifier,
                            start=f.start + shift,
                            end=f.end + shift,
                            text=f.text,
                        )
                        for copy, f, shift in new_figures
                    ),
                    batch_size=5000,
                )
                for copy in new_claims:
                    if copy.status == "published":
                        evidence.append(
                            Evidence(
                                claim=copy,
                                source=sources[copy.pk % len(sources)],
                                stance=("supports", "refutes", "context")[copy.pk % 3],
                            )
                        )
                Evidence.objects.bulk_create(evidence, batch_size=5000)
            self.stdout.write(f"  … {Claim.objects.count():,} claims", ending="\r")
            self.stdout.flush()
        self.stdout.write("")

    @staticmethod
    def _claim_copy(claim, article, i: int, j: int, shift: int, variants, now):
        from claims.models import Claim

        def variant(speaker_id: int | None):
            if speaker_id is None:
                return None
            pool = variants[speaker_id]
            return pool[(i + j) % len(pool)]

        speaker = variant(claim.speaker_id)
        via = variant(claim.via_id)
        if via is not None and speaker is not None and via.pk == speaker.pk:
            via = None
        roll = (i * 31 + j * 7) % 100
        fields: dict[str, Any] = {"status": "unreviewed"}
        moment = now - dt.timedelta(minutes=(i * 97 + j * 13) % (2 * 365 * 24 * 60))
        if roll >= 60:
            fields = {"status": "in_review"}
        if roll >= 70:
            verdict = VERDICTS[(i + j) % len(VERDICTS)]
            fields = {"status": "drafted", "verdict": verdict, "reviewed_at": moment}
        if roll >= 78:
            fields.update(status="published", published_at=moment, rationale="Benchmark.")
        return Claim(
            article=article,
            start=claim.start + shift,
            end=claim.end + shift,
            text=claim.text,
            text_key=claim.text_key,
            speaker=speaker,
            via=via,
            cue=claim.cue,
            direct=claim.direct,
            kind=claim.kind,
            extractor_version=claim.extractor_version,
            **fields,
        )

    # ----------------------------------------------------------------------- timing

    def _queries(self) -> list[tuple[str, str]]:
        from claims.models import Claim, Speaker

        speaker = (
            Speaker.objects.filter(claims__isnull=False).order_by("id").values_list("id", flat=True)
        ).first()
        middle = Claim.objects.order_by("id").values_list("id", flat=True)[
            Claim.objects.count() // 2
        ]
        import base64
        import json

        cursor = base64.urlsafe_b64encode(json.dumps(["id", [middle]]).encode()).decode()
        cursor = cursor.rstrip("=")
        return [
            ("claims, first page", "/api/v1/claims/?page_size=50"),
            ("claims, page at 50%", f"/api/v1/claims/?page_size=50&cursor={cursor}"),
            ("claims by speaker", f"/api/v1/claims/?page_size=50&speaker={speaker}"),
            ("claims, verdict=false", "/api/v1/claims/?page_size=50&verdict=false"),
            ("claims, figure 10..100", "/api/v1/claims/?page_size=50&figure_min=10&figure_max=100"),
            ("claims, direct+figures", "/api/v1/claims/?page_size=50&direct=true&has_figures=true"),
            ("claims, text search", "/api/v1/claims/?page_size=50&q=" + "قوات حفظ السلام"),
            (
                "claims, published since",
                "/api/v1/claims/?page_size=50&published_after=2025-06-01&ordering=-published_at",
            ),
            ("claim-reviews", "/api/v1/claim-reviews/?page_size=50"),
            ("articles", "/api/v1/articles/?page_size=50"),
            ("speakers", "/api/v1/speakers/?page_size=50"),
        ]

    def _run(self, repeat: int) -> list[Timing]:
        from rest_framework.test import APIClient
        from rest_framework.throttling import AnonRateThrottle

        # Throttling stays in the stack (its cache lookups are API overhead) but may
        # not refuse the benchmark's own requests.
        AnonRateThrottle.THROTTLE_RATES = {**AnonRateThrottle.THROTTLE_RATES, "anon": "100000/s"}
        settings.DEBUG = False  # no SQL logging cursor while timing
        client = APIClient(SERVER_NAME="localhost")
        results = []
        for name, url in self._queries():
            for _ in range(3):  # warm caches, connection, query plans
                response = client.get(url)
                if response.status_code != 200:
                    raise CommandError(f"{url} → {response.status_code}: {response.content[:300]}")
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            rows = len(response.json()["results"])
            statements = [q["sql"] for q in captured.captured_queries]
            # Interleaved (request, then its raw SQL, repeat times) so both sides of the
            # ratio are measured under the same machine load: on a shared machine a
            # burst of other work otherwise lands on one side only.
            api, raw = [], []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(url)
                api.append(time.perf_counter() - started)
                with connection.cursor() as cursor:
                    started = time.perf_counter()
                    for sql in statements:
                        cursor.execute(sql)
                        cursor.fetchall()
                    raw.append(time.perf_counter() - started)
            results.append(
                Timing(
                    name=name,
                    url=url,
                    p50=statistics.median(api) * 1000,
                    p95=_percentile(api, 95) * 1000,
                    raw_p50=statistics.median(raw) * 1000,
                    queries=len(statements),
                    rows=rows,
                )
            )
        return results

    def _report(self, results: list[Timing]) -> None:
        from claims.models import Claim

        w = self.stdout.write
        w("")
        w(f"machine:  {cpu_model()}, {os.cpu_count()} cores; {platform.platform()}")
        w(f"python:   {platform.python_version()}; Django {_django_version()}")
        w(f"database: {_db_version()}; {Claim.objects.count():,} claims")
        w("")
        header = (
            f"{'query':<26} {'p50 ms':>8} {'p95 ms':>8} {'raw SQL':>8} {'over':>6} "
            f"{'ratio':>6} {'SQL#':>4} {'rows':>5}"
        )
        w(header)
        w("-" * len(header))
        for t in results:
            w(
                f"{t.name:<26} {t.p50:8.1f} {t.p95:8.1f} {t.raw_p50:8.1f} "
                f"{t.p50 - t.raw_p50:6.1f} {t.ratio:6.1f} "
                f"{t.queries:4d} {t.rows:5d}"
            )
        w("")
        w("p50/p95: whole request through the Django test client (anonymous, page of 50).")
        w("raw SQL: the same statements the request issued, re-run on a plain cursor (p50),")
        w("         each run right after a request, so both see the same machine load.")
        w("over:    p50 - raw SQL, the API's own time; ratio: p50 / raw SQL.")


def _percentile(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def _django_version() -> str:
    import django

    return django.get_version()


def _db_version() -> str:
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]}"
        if vendor == "postgresql":
            cursor.execute("show server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    return vendor
