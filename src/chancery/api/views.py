"""JSON twins of the reading room's pages, built by the same services."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_safe

from chancery.api.errors import error_response, from_error
from chancery.archive.documents import get_document_json, home_data
from chancery.errors import NotFound

JSON_OPTIONS = {"ensure_ascii": False}


@require_safe
def home(request: HttpRequest) -> JsonResponse:
    return JsonResponse(home_data(), json_dumps_params=JSON_OPTIONS)


@require_safe
def document(request: HttpRequest, document_id: str) -> JsonResponse:
    try:
        return JsonResponse(get_document_json(document_id), json_dumps_params=JSON_OPTIONS)
    except NotFound as error:
        return from_error(error)


def unknown(request: HttpRequest) -> JsonResponse:
    return error_response(
        "not_found", f"no API endpoint at {request.path}", "see /api/ for what the API offers"
    )
