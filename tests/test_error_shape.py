"""Every JSON error has one shape: {"error": {"status", "code", "message", "hint"}}."""

from __future__ import annotations

import html

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/api/documents/no-such-document", 404, "not_found"),
        ("get", "/api/no/such/endpoint", 404, "not_found"),
    ],
)
def test_json_errors_share_one_shape(
    client: Client, method: str, path: str, status: int, code: str
) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"]
    assert set(body["error"]) == {"status", "code", "message", "hint"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_html_not_found_is_a_page_not_a_traceback(client: Client) -> None:
    response = client.get("/documents/no-such-document")
    assert response.status_code == 404
    page = html.unescape(response.content.decode())
    assert "no document 'no-such-document' is published here" in page
    assert "Traceback" not in page
