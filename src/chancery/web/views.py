"""Reading-room views: parse the request, call one service, render a template."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chancery.archive.documents import get_document_json, home_data
from chancery.errors import NotFound


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "chancery/home.html", home_data())


def document(request: HttpRequest, document_id: str) -> HttpResponse:
    try:
        data = get_document_json(document_id)
    except NotFound as error:
        return not_found(request, error)
    return render(request, "chancery/document.html", {"document": data})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = exception.message if isinstance(exception, NotFound) else "No page at this address."
    return render(
        request, "chancery/error.html", {"title": "Not found", "message": message}, status=404
    )


def server_error(request: HttpRequest) -> HttpResponse:
    context = {"title": "Server error", "message": "Something went wrong on our side."}
    return render(request, "chancery/error.html", context, status=500)
