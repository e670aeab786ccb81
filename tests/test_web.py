"""The web skeleton: pages and their JSON twins from the same data, escaping, privacy."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from chancery.archive.documents import get_document_json
from chancery.archive.models import Document, Revision
from chancery.archive.store import Store
from chancery.canonical import from_json

pytestmark = pytest.mark.django_db

HOSTILE = {
    "id": "hostile-1",
    "title": "<script>alert('title')</script> Cable",
    "texts": [
        {
            "blocks": [
                {
                    "text": "Read <b>this</b> & <img src=x onerror=alert(1)>",
                    "notes": [{"n": "1", "offset": 5}],
                }
            ],
            "notes": [{"n": "1", "text": "<i>note</i>"}],
        }
    ],
    "creators": ["<em>Mao</em>"],
}


def test_home_lists_collections_and_recent_documents(client: Client, store_demo: list[str]) -> None:
    page = client.get("/").content.decode()
    twin = client.get("/api/").json()
    assert twin["total"] == 30
    assert "30 published documents" in page
    for collection in twin["collections"]:
        assert collection["title"] in page
    assert {c["id"]: c["documents"] for c in twin["collections"]} == {"frus": 18, "dafp": 12}
    assert all(f'href="{d["path"]}"' in page for d in twin["recent"])


def test_document_page_and_json_twin_show_the_same_document(
    client: Client, store_demo: list[str]
) -> None:
    twin = client.get("/api/documents/frus1961-63v22-d7").json()
    assert twin == get_document_json("frus1961-63v22-d7")
    page = client.get("/documents/frus1961-63v22-d7").content.decode()
    assert "Telegram From the Embassy in the Republic of China" in page
    assert "25 February 1961, 21:00" in page
    assert twin["source_citation"] in page
    assert 'href="#note-' in page or not any(b["notes"] for b in twin["texts"][0]["blocks"])


def test_pages_escape_source_text(client: Client) -> None:
    Store().save(from_json(HOSTILE))
    page = client.get("/documents/hostile-1").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page
    assert "<em>Mao</em>" not in page
    assert "<i>note</i>" not in page
    assert '<sup class="note-call"><a href="#note-1" id="call-1">1</a></sup>' in page


@pytest.mark.parametrize("status", ["draft", "restricted"])
def test_unpublished_documents_are_not_public(client: Client, status: str) -> None:
    Store().save(from_json({**HOSTILE, "status": status}))
    assert client.get("/documents/hostile-1").status_code == 404
    assert client.get("/api/documents/hostile-1").status_code == 404
    assert "hostile-1" not in client.get("/api/").content.decode()


def test_admin_lists_documents_and_people(admin_client: Client, store_demo: list[str]) -> None:
    listing = admin_client.get("/admin/archive/document/?q=Embassy+in+the+Republic")
    assert listing.status_code == 200
    assert "frus1961-63v22-d7" in listing.content.decode()
    people = admin_client.get("/admin/archive/person/?q=Rusk")
    assert people.status_code == 200
    assert "Rusk" in people.content.decode()
    for path in (
        "/admin/archive/organization/",
        "/admin/archive/place/",
        "/admin/archive/collection/",
        "/admin/archive/mention/",
        "/admin/archive/document/frus1961-63v22-d7/change/",
    ):
        assert admin_client.get(path).status_code == 200, path


def test_an_admin_edit_keeps_a_revision(admin_client: Client, store_demo: list[str]) -> None:
    url = "/admin/archive/document/frus1961-63v22-d7/change/"
    context = admin_client.get(url).context
    form = context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    for inline in context["inline_admin_formsets"]:  # read-only inlines post no rows
        data |= {
            f"{inline.formset.prefix}-TOTAL_FORMS": 0,
            f"{inline.formset.prefix}-INITIAL_FORMS": 0,
        }
    data["classification"] = "Secret"
    data["date_edtf"] = "March 1963"
    bad = admin_client.post(url, data)
    assert bad.status_code == 200
    assert "March 1963" in bad.content.decode()
    data["date_edtf"] = "1961-02-25"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(id="frus1961-63v22-d7")
    assert (document.classification, document.version, document.date_precision) == (
        "Secret",
        2,
        "day",
    )
    assert Revision.objects.get(document=document).snapshot["classification"] == "Top Secret"


def test_admin_needs_a_login(client: Client) -> None:
    response = client.get("/admin/archive/document/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert not User.objects.exists()
