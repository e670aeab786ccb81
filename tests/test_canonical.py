"""The canonical document JSON: drafts to JSON and back, and what ingest refuses."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings

from chancery.canonical import from_json, to_json
from chancery.drafts import DocumentDraft
from chancery.errors import DraftInvalid
from chancery.validation import validate
from strategies import drafts


@given(drafts())
@settings(max_examples=150)
def test_json_round_trip_of_any_valid_draft(draft: DocumentDraft) -> None:
    validate(draft)
    data = to_json(draft)
    again = from_json(copy.deepcopy(data))
    assert again == draft
    assert to_json(again) == data


def test_demo_corpus_is_valid_and_round_trips(demo_json: list[dict[str, Any]]) -> None:
    for record in demo_json:
        draft = from_json(record)
        validate(draft)
        data = to_json(draft)
        for text in data["texts"]:
            assert text.pop("text") == "\n\n".join(_plain(b) for b in text["blocks"])
        assert {k: v for k, v in data.items() if k in record} == record


def _plain(block: dict[str, Any]) -> str:
    return "\n".join(block["items"]) if block["type"] == "list" else block["text"]


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"id": "frus1961-63v22-d12", "title": "Draft Memorandum"}
    record.update(changes)
    return record


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        (_record(colour="red"), "colour", "unknown key"),
        (_record(title=12), "title", "must be a string, got number"),
        (_record(creators="McGhee"), "creators", "must be a list, got string"),
        (_record(creators=["McGhee", None]), "creators[1]", "must be a string, got null"),
        (_record(date="March 1961"), "date", "March 1961"),
        (_record(date="1961-03", date_start="1961-03-10"), "date_start", "does not agree"),
        (_record(texts=[{"text": "a", "blocks": [{"text": "b"}]}]), "texts[0].text", "agree"),
        (
            _record(texts=[{"blocks": [{"text": "b", "size": 3}]}]),
            "texts[0].blocks[0].size",
            "unknown key",
        ),
        (
            _record(
                people=[
                    {"id": "p", "name": "Rusk", "mentions": [{"surface": "Rusk", "start": "4"}]}
                ]
            ),
            "people[0].mentions[0].start",
            "whole number",
        ),
        (
            _record(collections=[{"id": "v", "title": "V", "position": 1.5}]),
            "collections[0].position",
            "whole number",
        ),
        (_record(provenance={"source": "a", "when": "b"}), "provenance.when", "unknown key"),
        ({"title": "No id"}, "id", "missing"),
        ([1, 2], "document", "must be an object"),
    ],
)
def test_bad_values_are_named(record: Any, field: str, words: str) -> None:
    with pytest.raises(DraftInvalid) as error:
        from_json(record)
    assert error.value.field == field
    assert words in error.value.reason


def test_text_without_blocks_is_split_into_paragraphs() -> None:
    draft = from_json(
        _record(texts=[{"text": "First.\n\nSecond.\r\n\r\nThird.", "language": "en"}])
    )
    assert [block.text for block in draft.texts[0].blocks] == ["First.", "Second.", "Third."]
    assert draft.texts[0].plain == "First.\n\nSecond.\n\nThird."


def test_derived_keys_are_written_from_the_date() -> None:
    data = to_json(from_json(_record(date="1963-03~")))
    assert (data["date_start"], data["date_end"], data["date_precision"]) == (
        "1963-03-01",
        "1963-03-31",
        "month",
    )
