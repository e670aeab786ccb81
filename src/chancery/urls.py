"""The site's URLs: the reading room, its JSON twins and the admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("chancery.api.urls")),
    path("", include("chancery.web.urls")),
]

handler404 = "chancery.web.views.not_found"
handler500 = "chancery.web.views.server_error"
