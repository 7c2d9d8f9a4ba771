"""python manage.py extract PATH [--json] — run the extractor on a file, store nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract, extraction_to_dict
from claims.ingest import ArticleFileError, decode_article_bytes


class Command(BaseCommand):
    help = (
        "Print the claims the extractor finds in a text file, without touching the "
        "database. Offsets count code points into the file's text."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path")
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="machine-readable output"
        )
        parser.add_argument("--language", default="ar", choices=["ar", "en"])

    def handle(self, *args, path: str, as_json: bool, language: str, **options) -> None:
        try:
            text = decode_article_bytes(Path(path).read_bytes())
        except OSError as exc:
            raise CommandError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except ArticleFileError as exc:
            raise CommandError(f"{path}: {exc}") from None
        extraction = extract(text, language=language)
        if as_json:
            self.stdout.write(
                json.dumps(extraction_to_dict(extraction), ensure_ascii=False, indent=2)
            )
            return
        names = {s.key: s.name for s in extraction.speakers}
        for claim in extraction.claims:
            who = names.get(claim.speaker, "—")
            via = f" (via {names[claim.via]})" if claim.via in names else ""
            quote = "quote" if claim.direct else "reported"
            self.stdout.write(f"[{claim.start}:{claim.end}] {who}{via} · {claim.cue} · {quote}")
            self.stdout.write(f"    {claim.text}")
            for figure in claim.figures:
                self.stdout.write(f"    = {figure.value} {figure.unit} ({figure.qualifier})")
        self.stdout.write(
            f"{len(extraction.claims)} claims, {len(extraction.speakers)} speakers "
            f"(extractor {extraction.version})"
        )
