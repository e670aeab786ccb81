"""Historical dates as values: a precision, a sortable day range and an EDTF form.

A :class:`HistoricalDate` is never a bare string.  It is built from Extended Date/Time Format
(EDTF, ISO 8601-2) text by :meth:`HistoricalDate.parse`, from numbers by :meth:`HistoricalDate.of`
or from two values by :meth:`HistoricalDate.interval`.  Every value knows its normalised EDTF text,
its precision, the first and last calendar day it covers (for sorting and range queries), whether
it is approximate or uncertain, and how to display itself honestly to a reader.

Supported subset of EDTF levels 0 and 1 (anything else raises :class:`InvalidDate`, whose message
names the input and lists these forms):

* ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` -- years 0001 to 9999, zero-padded, real calendar days
  (proleptic Gregorian, leap years included).
* ``YYYY-MM-DDThh:mm`` and ``YYYY-MM-DDThh:mm:ss``, optionally followed by ``Z`` or ``+hh:mm`` /
  ``-hh:mm``.  Precision MINUTE or SECOND; the day range is the calendar day as written (never
  shifted by the zone); time and zone are kept verbatim in the EDTF text.
* A trailing ``?`` (uncertain), ``~`` (approximate) or ``%`` (both) on any single form without a
  time (plain dates, seasons and unspecified-digit forms).
* Unspecified digits: ``196X`` (decade), ``19XX`` (century, 1900-1999), ``1963-XX`` (year
  precision) and ``1963-03-XX`` (month precision).
* Seasons ``YYYY-21`` to ``YYYY-24`` (spring, summer, autumn, winter) in Northern-hemisphere
  meteorological months: Mar-May, Jun-Aug, Sep-Nov, and Dec of YYYY to Feb of YYYY+1.
* Intervals ``A/B`` whose sides are single forms from the list above, or ``..`` for an open end
  (``../1963-05``, ``1961/..``).  An open start covers from 0001-01-01, an open end to 9999-12-31.

Choices where EDTF leaves room or the subset is narrower than EDTF:

* An empty interval side (EDTF "unknown end", ``1985/``) is rejected rather than read as open:
  "unknown" and "open" mean different things and must not be conflated silently.
* ``../..`` is rejected: an interval needs at least one known end.  Nested intervals are rejected.
* An interval is rejected only when it cannot be right: when its start's earliest day is after its
  end's latest day, or when both ends carry times (both with zones, or both without) and the start
  instant is after the end instant.  ``1962/1962-03`` is therefore accepted.
* An interval's precision is the coarser of its ends; it is approximate (uncertain) when either
  end is.  :attr:`HistoricalDate.time` is ``None`` for intervals.
* Parsing normalises by stripping surrounding whitespace and upper-casing ``t``, ``z`` and ``x``.
  Leap seconds (``:60``) and ``24:00`` are rejected.  Zone offsets are accepted up to ``23:59``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

__all__ = ["ACCEPTED_FORMS", "HistoricalDate", "InvalidDate", "Precision"]

ACCEPTED_FORMS = (
    "YYYY, YYYY-MM, YYYY-MM-DD (years 0001-9999, zero-padded); "
    "YYYY-MM-DDThh:mm or YYYY-MM-DDThh:mm:ss, optionally followed by Z or +hh:mm/-hh:mm; "
    "a trailing ? (uncertain), ~ (approximate) or % (both) on a date without a time; "
    "unspecified digits 196X, 19XX, YYYY-XX, YYYY-MM-XX; seasons YYYY-21 to YYYY-24; "
    "intervals A/B of those forms, with .. for an open end"
)


class InvalidDate(ValueError):
    """Text (or numbers) that do not form a supported EDTF date.

    ``text`` is the offending input and ``reason`` says what is wrong with it; the message adds the
    list of accepted forms.
    """

    def __init__(self, text: str, reason: str = "not a supported EDTF form") -> None:
        self.text = text
        self.reason = reason
        message = f"invalid date {text!r}: {reason}. Accepted EDTF forms: {ACCEPTED_FORMS}"
        super().__init__(message)

    def __reduce__(self) -> tuple[type[InvalidDate], tuple[str, str]]:
        return (type(self), (self.text, self.reason))


class Precision(StrEnum):
    """How finely a value is known, from finest to coarsest."""

    SECOND = "second"
    MINUTE = "minute"
    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


_COARSENESS: tuple[Precision, ...] = tuple(Precision)
_OPEN_START = date(1, 1, 1)
_OPEN_END = date(9999, 12, 31)
_OPEN = ".."
_QUALIFIERS = "?~%"
_DASH = "\N{EN DASH}"  # between the ends of a range: "1961–1963"
_UPPERCASE = str.maketrans("tzx", "TZX")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SEASONS = {21: ("spring", 3), 22: ("summer", 6), 23: ("autumn", 9), 24: ("winter", 12)}

_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DECADE = re.compile(r"([0-9]{3})X")
_CENTURY = re.compile(r"([0-9]{2})XX")
_YEAR_X = re.compile(r"([0-9]{4})-XX")
_MONTH_X = re.compile(r"([0-9]{4})-([0-9]{2})-XX")
_UNPADDED = re.compile(r"([0-9]{1,4})(?:-([0-9]{1,2}))?(?:-([0-9]{1,2}))?(T.*|[?~%])?")


class _Reject(Exception):
    """Internal: why normalised text was refused; callers turn it into :class:`InvalidDate`."""


class _Point(NamedTuple):
    """A single (non-interval) value as analysed from its EDTF text."""

    precision: Precision
    start: date
    end: date
    year: int  # first year of the range for decades and centuries (may be 0)
    month: int = 0  # 1-12, or 21-24 for a season; 0 when absent
    day: int = 0  # 0 when absent
    clock: str = ""  # "21:00" or "21:00:00"; "" when absent
    zone: str = ""  # "Z", "+03:00", "-05:00"; "" when absent
    approximate: bool = False
    uncertain: bool = False


class _Span(NamedTuple):
    """An interval; ``None`` marks an open end."""

    first: _Point | None
    last: _Point | None


class _Fields(NamedTuple):
    precision: Precision
    start: date
    end: date
    approximate: bool
    uncertain: bool


# --- analysis of normalised text -------------------------------------------------------------


def _normalise(text: str) -> str:
    """Strip surrounding whitespace and upper-case the letters EDTF spells in capitals."""
    return text.strip().translate(_UPPERCASE)


def _analyse(text: str) -> _Point | _Span:
    """Analyse normalised text into a single point or an interval."""
    if "/" in text:
        return _span(text)
    if text == _OPEN:
        raise _Reject("'..' (an open end) is only allowed as one side of an interval")
    return _point(text)


def _point(text: str) -> _Point:
    """Analyse one single (non-interval) form, with its optional trailing qualifier."""
    body, approximate, uncertain = _split_qualifier(text)
    if "T" in body:
        if body != text:
            raise _Reject("the qualifiers ?, ~ and % are not supported on a date with a time")
        return _datetime_point(body)
    return _plain_point(body)._replace(approximate=approximate, uncertain=uncertain)


def _split_qualifier(text: str) -> tuple[str, bool, bool]:
    """Split a trailing ?, ~ or % off: (body, approximate, uncertain)."""
    mark = text[-1:]
    if mark and mark in _QUALIFIERS:
        return text[:-1], mark in "~%", mark in "?%"
    return text, False, False


def _datetime_point(text: str) -> _Point:
    """Analyse ``YYYY-MM-DDThh:mm[:ss][Z|+hh:mm]``."""
    match = _DATETIME.fullmatch(text)
    if match is None:
        raise _Reject(_unrecognised(text))
    year, month, day, hour, minute, second, zone = match.groups()
    when = _day(_year(year), int(month), int(day))
    clock = f"{hour}:{minute}" if second is None else f"{hour}:{minute}:{second}"
    _check_clock(clock)
    _check_zone(zone or "")
    precision = Precision.MINUTE if second is None else Precision.SECOND
    return _Point(precision, when, when, when.year, when.month, when.day, clock, zone or "")


def _check_clock(clock: str) -> None:
    """Reject a time of day outside 00:00:00-23:59:59."""
    hour, minute, second = (int(part) for part in (clock + ":00").split(":")[:3])
    if hour > 23 or minute > 59 or second > 59:
        raise _Reject(f"{clock} is not a time of day (00:00 to 23:59:59)")


def _check_zone(zone: str) -> None:
    """Reject a zone offset beyond 23:59."""
    if zone in ("", "Z"):
        return
    if int(zone[1:3]) > 23 or int(zone[4:6]) > 59:
        raise _Reject(f"zone offset {zone} is out of range (-23:59 to +23:59)")


def _plain_point(text: str) -> _Point:
    """Analyse a single form without a time or qualifier."""
    for pattern, build in _PLAIN_FORMS:
        match = pattern.fullmatch(text)
        if match is not None:
            return build(match)
    raise _Reject(_unrecognised(text))


def _date_point(match: re.Match[str]) -> _Point:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a season ``YYYY-21``..``YYYY-24``."""
    year = _year(match[1])
    if match[2] is None:
        return _Point(Precision.YEAR, date(year, 1, 1), date(year, 12, 31), year)
    month = int(match[2])
    if match[3] is None:
        return _season_point(year, month) if month in _SEASONS else _month_point(year, month)
    when = _day(year, month, int(match[3]))
    return _Point(Precision.DAY, when, when, year, month, when.day)


def _month_point(year: int, month: int) -> _Point:
    """A whole calendar month."""
    _check_month(year, month)
    last_day = calendar.monthrange(year, month)[1]
    return _Point(Precision.MONTH, date(year, month, 1), date(year, month, last_day), year, month)


def _season_point(year: int, code: int) -> _Point:
    """A Northern-hemisphere meteorological season (three whole months)."""
    first_month = _SEASONS[code][1]
    if code == 24 and year == 9999:
        raise _Reject("winter 9999 would end in the year 10000; years stop at 9999")
    end_year, end_month = (year + 1, 2) if code == 24 else (year, first_month + 2)
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return _Point(Precision.SEASON, date(year, first_month, 1), end, year, code)


def _decade_point(match: re.Match[str]) -> _Point:
    """``196X``: the ten years 1960-1969."""
    first = int(match[1]) * 10
    return _Point(Precision.DECADE, _year_start(first), date(first + 9, 12, 31), first)


def _century_point(match: re.Match[str]) -> _Point:
    """``19XX``: the hundred years 1900-1999."""
    first = int(match[1]) * 100
    return _Point(Precision.CENTURY, _year_start(first), date(first + 99, 12, 31), first)


def _year_x_point(match: re.Match[str]) -> _Point:
    """``1963-XX``: a known year with unspecified month."""
    year = _year(match[1])
    return _Point(Precision.YEAR, date(year, 1, 1), date(year, 12, 31), year)


def _month_x_point(match: re.Match[str]) -> _Point:
    """``1963-03-XX``: a known month with unspecified day."""
    return _month_point(_year(match[1]), int(match[2]))


_PLAIN_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], _Point]], ...] = (
    (_DATE, _date_point),
    (_DECADE, _decade_point),
    (_CENTURY, _century_point),
    (_YEAR_X, _year_x_point),
    (_MONTH_X, _month_x_point),
)


def _year_start(year: int) -> date:
    """1 January of ``year``, clipped to the year 1 (there is no year 0 in ``datetime``)."""
    return date(max(year, 1), 1, 1)


def _year(digits: str) -> int:
    """A four-digit year in 0001-9999."""
    year = int(digits)
    if year < 1:
        raise _Reject("the year 0000 is not supported (years run from 0001 to 9999)")
    return year


def _check_month(year: int, month: int) -> None:
    """Reject a month outside 01-12."""
    if not 1 <= month <= 12:
        raise _Reject(
            f"month {month:02d} of {year:04d} does not exist (months are 01-12; 21-24 are seasons)"
        )


def _day(year: int, month: int, day: int) -> date:
    """A real calendar day, with a message naming the month's length when it is not."""
    if month in _SEASONS:
        raise _Reject(f"{year:04d}-{month} is a season, which takes no day")
    _check_month(year, month)
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise _Reject(
            f"day {day:02d} does not exist in {_MONTHS[month - 1]} {year:04d} "
            f"(it has {last_day} days)"
        )
    return date(year, month, day)


def _unrecognised(text: str) -> str:
    """Reason for text that matches no form, suggesting the zero-padded spelling if it helps."""
    if not text:
        return "empty text is not a date"
    hint = _padding_hint(text)
    if hint is not None:
        return f"EDTF needs zero-padded numbers (YYYY-MM-DD): did you mean {hint!r}?"
    return "not a supported EDTF form"


def _padding_hint(text: str) -> str | None:
    """``1963-3-1`` -> ``1963-03-01``; ``None`` when padding would not change the text."""
    match = _UNPADDED.fullmatch(text)
    if match is None:
        return None
    year, month, day, rest = match.groups()
    numbers = [year.zfill(4)] + [part.zfill(2) for part in (month, day) if part is not None]
    padded = "-".join(numbers) + (rest or "")
    return None if padded == text else padded


def _span(text: str) -> _Span:
    """Analyse ``A/B`` where each side is a single form or ``..``."""
    sides = text.split("/")
    if len(sides) != 2:
        raise _Reject("an interval has exactly one '/' (nested intervals are not supported)")
    first, last = _interval_end(sides[0], "start"), _interval_end(sides[1], "end")
    if first is None and last is None:
        raise _Reject("an interval needs at least one known end")
    if first is not None and last is not None:
        _check_order(first, last)
    return _Span(first, last)


def _interval_end(text: str, side: str) -> _Point | None:
    """One side of an interval: a single form, or ``None`` for ``..`` (open)."""
    if text == _OPEN:
        return None
    if not text:
        raise _Reject(f"the interval's {side} is empty; write '..' for an open {side}")
    try:
        return _point(text)
    except _Reject as problem:
        raise _Reject(f"interval {side} {text!r}: {problem}") from None


def _check_order(first: _Point, last: _Point) -> None:
    """Reject an interval that cannot be right: it would start after it ends."""
    if first.start > last.end:
        raise _Reject(
            f"the interval starts ({first.start.isoformat()} at the earliest) "
            f"after it ends ({last.end.isoformat()} at the latest)"
        )
    begins, ends = _instant(first), _instant(last)
    if begins is None or ends is None or (begins.tzinfo is None) != (ends.tzinfo is None):
        return
    if begins > ends:
        raise _Reject("the interval starts after it ends (compare the times)")


def _instant(point: _Point) -> datetime | None:
    """The moment a date-time point names (aware when it has a zone); ``None`` without a time."""
    if not point.clock:
        return None
    return datetime.fromisoformat(f"{point.start.isoformat()}T{point.clock}{point.zone}")


def _coarsest(precisions: Iterable[Precision]) -> Precision:
    """The coarsest of some precisions."""
    return max(precisions, key=_COARSENESS.index)


def _fields(shape: _Point | _Span) -> _Fields:
    """The stored fields of a value, derived from its analysed EDTF text."""
    if isinstance(shape, _Point):
        point = shape
        return _Fields(point.precision, point.start, point.end, point.approximate, point.uncertain)
    ends = [point for point in shape if point is not None]
    return _Fields(
        _coarsest(point.precision for point in ends),
        _OPEN_START if shape.first is None else shape.first.start,
        _OPEN_END if shape.last is None else shape.last.end,
        any(point.approximate for point in ends),
        any(point.uncertain for point in ends),
    )


# --- display -----------------------------------------------------------------------------------


def _ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 20 -> "20th", 21 -> "21st"."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 11 <= number % 100 <= 13:
        suffix = "th"
    return f"{number}{suffix}"


def _clock_text(point: _Point) -> str:
    """A date-time, e.g. "25 February 1961, 21:00 UTC" (seconds shown only when not zero)."""
    clock = point.clock[:5] if point.clock[5:] in ("", ":00") else point.clock
    zone = {"": "", "Z": " UTC"}.get(point.zone, f" {point.zone}")
    return f"{_day_text(point)}, {clock}{zone}"


def _day_text(point: _Point) -> str:
    return f"{point.day} {_MONTHS[point.month - 1]} {point.year}"


def _month_text(point: _Point) -> str:
    return f"{_MONTHS[point.month - 1]} {point.year}"


def _season_text(point: _Point) -> str:
    """A season, e.g. "spring 1963"; a winter spans two years: "winter 1963-1964"."""
    name = _SEASONS[point.month][0]
    if point.month == 24:
        return f"{name} {point.year}{_DASH}{point.year + 1}"
    return f"{name} {point.year}"


def _year_text(point: _Point) -> str:
    return str(point.year)


def _decade_text(point: _Point) -> str:
    return f"{point.year}s" if point.year else f"years 1{_DASH}9"


def _century_text(point: _Point) -> str:
    return f"{_ordinal(point.year // 100 + 1)} century"


_TEXT_BY_PRECISION: dict[Precision, Callable[[_Point], str]] = {
    Precision.SECOND: _clock_text,
    Precision.MINUTE: _clock_text,
    Precision.DAY: _day_text,
    Precision.MONTH: _month_text,
    Precision.SEASON: _season_text,
    Precision.YEAR: _year_text,
    Precision.DECADE: _decade_text,
    Precision.CENTURY: _century_text,
}


def _display_point(point: _Point) -> str:
    """A single value for a reader: "13 March 1963", "c. 1962", "1962?", "c. 1962?"."""
    text = _TEXT_BY_PRECISION[point.precision](point)
    if point.approximate:
        text = f"c. {text}"
    return f"{text}?" if point.uncertain else text


def _display_span(span: _Span) -> str:
    """An interval for a reader: "1961-1963", "20-30 April 1962", "before May 1963"."""
    first, last = span
    if first is not None and last is not None:
        return _compact_range(first, last) or _joined_range(first, last)
    if first is not None:
        return f"after {_display_point(first)}"
    if last is not None:
        return f"before {_display_point(last)}"
    raise AssertionError("an interval always has a known end")


def _compact_range(first: _Point, last: _Point) -> str | None:
    """Short forms "20-30 April 1962" and "March-May 1963" when they apply, else None."""
    qualified = first.approximate or first.uncertain or last.approximate or last.uncertain
    if qualified or first.precision != last.precision or first.start == last.start:
        return None
    if first.year != last.year:
        return None
    if first.precision is Precision.DAY and first.month == last.month:
        return f"{first.day}{_DASH}{last.day} {_MONTHS[first.month - 1]} {first.year}"
    if first.precision is Precision.MONTH:
        return f"{_MONTHS[first.month - 1]}{_DASH}{_MONTHS[last.month - 1]} {first.year}"
    return None


def _joined_range(first: _Point, last: _Point) -> str:
    """Both ends in full: "1961-1963", or "20 April 1962 - 3 May 1962" with spaces."""
    begins, ends = _display_point(first), _display_point(last)
    separator = f" {_DASH} " if " " in begins + ends else _DASH
    return f"{begins}{separator}{ends}"


# --- the value -----------------------------------------------------------------------------------


def _compose(year: int, month: int | None, day: int | None) -> str:
    """EDTF text for :meth:`HistoricalDate.of`, refusing numbers that do not fit their field."""
    label = f"of({year!r}, {month!r}, {day!r})"
    if day is not None and month is None:
        raise InvalidDate(label, "a day needs a month")
    texts = []
    for value, width in ((year, 4), (month, 2), (day, 2)):
        if value is None:
            break
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**width:
            raise InvalidDate(label, f"{value!r} is not a number of at most {width} digits")
        texts.append(f"{value:0{width}d}")
    return "-".join(texts)


def _interval_side(value: HistoricalDate | None) -> str:
    """EDTF text of one side of :meth:`HistoricalDate.interval`."""
    if value is None:
        return _OPEN
    if value.is_interval:
        raise InvalidDate(value.edtf, "an interval's end cannot itself be an interval")
    return value.edtf


@dataclass(frozen=True, slots=True)
class HistoricalDate:
    """A historical date or interval: EDTF text, precision, day range and qualifiers.

    Build values with :meth:`parse`, :meth:`of` or :meth:`interval`.  The fields are derived
    from ``edtf``; constructing a value directly with fields that disagree with (normalised)
    ``edtf`` raises :class:`InvalidDate`, so ``HistoricalDate.parse(x.edtf) == x`` for every value.
    """

    edtf: str
    precision: Precision
    start: date
    end: date
    approximate: bool = False
    uncertain: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.edtf, str):
            raise TypeError(f"edtf must be a string, got {type(self.edtf).__name__}")
        try:
            expected = _fields(_analyse(self.edtf))
        except _Reject as problem:
            raise InvalidDate(self.edtf, str(problem)) from None
        actual = (self.precision, self.start, self.end, self.approximate, self.uncertain)
        if expected != actual:
            raise InvalidDate(self.edtf, f"the fields do not match the EDTF text ({expected})")

    @classmethod
    def parse(cls, text: str) -> HistoricalDate:
        """Parse EDTF text (surrounding whitespace ignored); raise :class:`InvalidDate`."""
        if not isinstance(text, str):
            raise TypeError(f"a date must be parsed from a string, got {type(text).__name__}")
        normalised = _normalise(text)
        try:
            fields = _fields(_analyse(normalised))
        except _Reject as problem:
            raise InvalidDate(text, str(problem)) from None
        return cls(normalised, *fields)

    @classmethod
    def of(
        cls,
        year: int,
        month: int | None = None,
        day: int | None = None,
        *,
        approximate: bool = False,
        uncertain: bool = False,
    ) -> HistoricalDate:
        """A year, month or day from numbers, e.g. ``HistoricalDate.of(1963, 3, 13)``."""
        qualifier = {(True, True): "%", (True, False): "~", (False, True): "?"}
        return cls.parse(_compose(year, month, day) + qualifier.get((approximate, uncertain), ""))

    @classmethod
    def interval(cls, start: HistoricalDate | None, end: HistoricalDate | None) -> HistoricalDate:
        """The interval from ``start`` to ``end``; ``None`` is an open end."""
        return cls.parse(f"{_interval_side(start)}/{_interval_side(end)}")

    @property
    def is_interval(self) -> bool:
        """Whether the value is an interval ``A/B`` (possibly open at one end)."""
        return "/" in self.edtf

    @property
    def time(self) -> str | None:
        """The time and zone as written ("21:00:00Z"), or ``None`` (always for intervals)."""
        shape = _analyse(self.edtf)
        if isinstance(shape, _Point) and shape.clock:
            return shape.clock + shape.zone
        return None

    def display(self) -> str:
        """An honest human form: "13 March 1963", "c. 1962", "spring 1963", "before May 1963"."""
        shape = _analyse(self.edtf)
        return _display_point(shape) if isinstance(shape, _Point) else _display_span(shape)

    def to_json(self) -> dict[str, str]:
        """``{"edtf": ..., "start": "1963-03-01", "end": "1963-03-31", "precision": "month"}``."""
        return {
            "edtf": self.edtf,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": str(self.precision),
        }

    def __str__(self) -> str:
        return self.edtf

    def sort_key(self) -> tuple[date, date]:
        """``(start, end)``: sorting by it puts values in chronological order."""
        return (self.start, self.end)
