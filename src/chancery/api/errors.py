"""The one JSON error shape, used by every JSON endpoint:

{"error": {"status": 404, "code": "not_found", "message": "...", "hint": "..."}}
"""

from __future__ import annotations

from django.http import JsonResponse

from chancery.errors import ChanceryError

STATUS_OF = {"not_found": 404, "bad_request": 400, "server_error": 500}


def error_response(code: str, message: str, hint: str = "") -> JsonResponse:
    status = STATUS_OF[code]
    body = {"error": {"status": status, "code": code, "message": message, "hint": hint}}
    return JsonResponse(body, status=status)


def from_error(error: ChanceryError) -> JsonResponse:
    code = getattr(error, "code", "server_error")
    return error_response(code, error.message, error.hint)
