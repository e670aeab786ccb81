"""Template filters that render stored text structure safely (all source text escaped)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from chancery.dates import HistoricalDate, InvalidDate

register = template.Library()


@register.filter
def with_note_calls(block: dict[str, Any]) -> SafeString:
    """A block's text, escaped, with footnote calls linked at their anchors."""
    text: str = block["text"]
    pieces, last = [], 0
    for anchor in sorted(block["notes"], key=lambda a: a["offset"]):
        pieces.append(escape(text[last : anchor["offset"]]))
        pieces.append(
            format_html(
                '<sup class="note-call"><a href="#note-{0}" id="call-{0}">{0}</a></sup>',
                anchor["n"],
            )
        )
        last = anchor["offset"]
    pieces.append(escape(text[last:]))
    return mark_safe("".join(str(p) for p in pieces))  # noqa: S308 - every piece escaped


@register.filter
def human_date(edtf: str | None) -> str:
    """'March 1963', 'c. 1962': the date with its precision shown honestly."""
    if not edtf:
        return "Undated"
    try:
        return HistoricalDate.parse(edtf).display()
    except InvalidDate:
        return edtf
