from rest_framework import viewsets

from claims import selectors
from claims.api import serializers
from claims.models import Article, Speaker


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Article.objects.select_related("outlet").order_by("-ingested_at", "-id")
    serializer_class = serializers.ArticleSerializer


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = selectors.claims_with_related().order_by("article_id", "start", "id")
    serializer_class = serializers.ClaimSerializer


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = (
        Speaker.objects.select_related("affiliation").prefetch_related("aliases").order_by("name")
    )
    serializer_class = serializers.SpeakerSerializer
