"""python manage.py ingest PATH… — store articles from UTF-8 text files and folders."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.ingest import ArticleFileError, read_article_file
from claims.services import ServiceError, article_ingest


def article_paths(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found


class Command(BaseCommand):
    help = (
        "Ingest article text files (UTF-8; title on the first real line; optional "
        "'---' metadata header with url/outlet/date/language). Folders are searched "
        "for *.txt. Re-ingesting the same article changes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="files or folders")

    def handle(self, *args, paths: list[str], verbosity: int = 1, **options) -> None:
        failures = 0
        files = article_paths(paths)
        if not files:
            raise CommandError("no article files found (folders are searched for *.txt)")
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                failures += 1
                self.stderr.write(f"{path}: cannot read: {exc.strerror or exc}")
                continue
            try:
                article_file = read_article_file(data, max_chars=settings.ARTICLE_MAX_CHARS)
                result = article_ingest(article_file=article_file, source_name=path.name)
            except (ArticleFileError, ServiceError) as exc:
                failures += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            if result.created:
                self.stdout.write(
                    f"{path}: stored article {result.article.pk} «{result.article.title}»: "
                    f"{result.claims} claims, {result.speakers_created} new speakers, "
                    f"{result.speakers_matched} matched to known speakers"
                )
            else:
                self.stdout.write(
                    f"{path}: already stored as article {result.article.pk}; nothing changed"
                )
        if failures:
            raise CommandError(f"{failures} of {len(files)} files could not be ingested")
