"""python manage.py evaluate GOLD_DIR TEXT_DIR [--verbose] [--json]

Scores the extractor against hand-annotated articles (the gold format of the shared
evaluation set): precision, recall, F1, one identity per speaker, figures. The scoring
rules live in :mod:`claims.evaluation`.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.evaluation import GoldError, evaluate_dir, format_score, total
from claims.extraction import EXTRACTOR_VERSION, extract, extraction_to_dict


class Command(BaseCommand):
    help = "Score the claim extractor against annotated articles (gold JSON + texts)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("gold_dir", help="directory of gold *.json files")
        parser.add_argument("text_dir", help="directory holding each gold file's article")
        parser.add_argument("--verbose", action="store_true", help="list every claim")
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="one JSON object per line"
        )

    def handle(
        self, *args, gold_dir: str, text_dir: str, verbose: bool, as_json: bool, **options
    ) -> None:
        try:
            scores = evaluate_dir(
                Path(gold_dir),
                Path(text_dir),
                lambda text: extraction_to_dict(extract(text)),
                verbose=verbose,
            )
        except GoldError as exc:
            raise CommandError(str(exc)) from None
        overall = total(scores)
        if as_json:
            for score in scores:
                self.stdout.write(json.dumps(score.as_dict(), ensure_ascii=False))
            summary = overall.as_dict() | {"articles": len(scores), "extractor": EXTRACTOR_VERSION}
            self.stdout.write(json.dumps(summary, ensure_ascii=False))
            return
        for score in scores:
            self.stdout.write(format_score(score))
            for line in score.lines:
                self.stdout.write(line)
        self.stdout.write(format_score(overall) + f" (extractor {EXTRACTOR_VERSION})")
