from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("speakers/<str:slug>/", views.speaker_detail, name="speaker"),
]
