"""python manage.py reextract [ARTICLE_ID ...] [--all] — run the current extractor again.

Reviewed claims are kept (re-anchored or flagged orphaned); only untouched machine
claims are replaced. Runs without a user: history records the changes as "system".
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.models import Article
from claims.services import ServiceError, article_reextract


class Command(BaseCommand):
    help = "Re-extract claims of the given articles (or --all), keeping reviewed claims."

    def add_arguments(self, parser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int)
        parser.add_argument("--all", dest="every", action="store_true", help="every article")

    def handle(self, *args, article_ids: list[int], every: bool, **options) -> None:
        if not article_ids and not every:
            raise CommandError("give article ids, or --all")
        articles = Article.objects.all() if every else Article.objects.filter(pk__in=article_ids)
        missing = set(article_ids) - set(articles.values_list("pk", flat=True))
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        for article in articles.order_by("pk"):
            try:
                r = article_reextract(article=article)
            except ServiceError as exc:
                raise CommandError(f"article {article.pk}: {exc}") from None
            self.stdout.write(
                f"article {article.pk}: kept {r.kept}, re-anchored {r.reanchored}, "
                f"orphaned {r.orphaned}, replaced {r.replaced}, added {r.added}"
            )
