from django.urls import path

from chancery.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("documents/<str:document_id>", views.document, name="document"),
]
