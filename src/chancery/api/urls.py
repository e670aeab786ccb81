from django.urls import path, re_path

from chancery.api import views

app_name = "api"
urlpatterns = [
    path("", views.home, name="home"),
    path("documents/<str:document_id>", views.document, name="document"),
    re_path(r"^.*$", views.unknown, name="unknown"),
]
