from rest_framework import serializers

from claims.models import Article, Claim, Figure, Speaker
from claims.selectors import claim_public_verdict


class SpeakerSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind", "role"]


class FigureSerializer(serializers.ModelSerializer):
    class Meta:
        model = Figure
        fields = ["value", "unit", "qualifier", "start", "end", "text"]


class ClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerSummarySerializer(read_only=True)
    via = SpeakerSummarySerializer(read_only=True)
    figures = FigureSerializer(many=True, read_only=True)
    verdict = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id", "article", "start", "end", "text", "speaker", "via", "cue", "direct",
            "kind", "figures", "verdict", "extractor_version",
        ]

    def get_verdict(self, claim: Claim) -> str:
        return claim_public_verdict(claim)


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "language", "url", "published_on", "ingested_at"]


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="surface")
    affiliation = SpeakerSummarySerializer(read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "slug", "name", "kind", "role", "affiliation", "aliases", "wikidata_id"]
