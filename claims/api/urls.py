from rest_framework.routers import DefaultRouter

from claims.api import views

app_name = "api"

router = DefaultRouter()
router.register("articles", views.ArticleViewSet)
router.register("claims", views.ClaimViewSet)
router.register("speakers", views.SpeakerViewSet)

urlpatterns = router.urls
