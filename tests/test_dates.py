"""Tests for chancery.dates: EDTF parsing, day ranges, display, ordering and round-trips."""

from __future__ import annotations

import calendar
import dataclasses
import pickle
from datetime import date

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from chancery.dates import HistoricalDate, InvalidDate, Precision

parse = HistoricalDate.parse
D = date

# --- single forms ------------------------------------------------------------------------------

FORMS = [
    # text, edtf, precision, start, end, approximate, uncertain
    ("1963", "1963", Precision.YEAR, D(1963, 1, 1), D(1963, 12, 31), False, False),
    ("1963-03", "1963-03", Precision.MONTH, D(1963, 3, 1), D(1963, 3, 31), False, False),
    ("1963-02", "1963-02", Precision.MONTH, D(1963, 2, 1), D(1963, 2, 28), False, False),
    ("1964-02", "1964-02", Precision.MONTH, D(1964, 2, 1), D(1964, 2, 29), False, False),
    ("1963-03-13", "1963-03-13", Precision.DAY, D(1963, 3, 13), D(1963, 3, 13), False, False),
    ("0001-01-01", "0001-01-01", Precision.DAY, D(1, 1, 1), D(1, 1, 1), False, False),
    ("9999-12-31", "9999-12-31", Precision.DAY, D(9999, 12, 31), D(9999, 12, 31), False, False),
    ("1962~", "1962~", Precision.YEAR, D(1962, 1, 1), D(1962, 12, 31), True, False),
    ("1962?", "1962?", Precision.YEAR, D(1962, 1, 1), D(1962, 12, 31), False, True),
    ("1962%", "1962%", Precision.YEAR, D(1962, 1, 1), D(1962, 12, 31), True, True),
    ("1963-03~", "1963-03~", Precision.MONTH, D(1963, 3, 1), D(1963, 3, 31), True, False),
    ("1963-03-13?", "1963-03-13?", Precision.DAY, D(1963, 3, 13), D(1963, 3, 13), False, True),
    ("196X", "196X", Precision.DECADE, D(1960, 1, 1), D(1969, 12, 31), False, False),
    ("19XX", "19XX", Precision.CENTURY, D(1900, 1, 1), D(1999, 12, 31), False, False),
    ("00XX", "00XX", Precision.CENTURY, D(1, 1, 1), D(99, 12, 31), False, False),
    ("1963-XX", "1963-XX", Precision.YEAR, D(1963, 1, 1), D(1963, 12, 31), False, False),
    ("1963-02-XX", "1963-02-XX", Precision.MONTH, D(1963, 2, 1), D(1963, 2, 28), False, False),
    ("196X~", "196X~", Precision.DECADE, D(1960, 1, 1), D(1969, 12, 31), True, False),
    ("1963-21", "1963-21", Precision.SEASON, D(1963, 3, 1), D(1963, 5, 31), False, False),
    ("1963-22", "1963-22", Precision.SEASON, D(1963, 6, 1), D(1963, 8, 31), False, False),
    ("1963-23", "1963-23", Precision.SEASON, D(1963, 9, 1), D(1963, 11, 30), False, False),
    ("1963-24", "1963-24", Precision.SEASON, D(1963, 12, 1), D(1964, 2, 29), False, False),
    ("1962-24", "1962-24", Precision.SEASON, D(1962, 12, 1), D(1963, 2, 28), False, False),
    ("1963-21?", "1963-21?", Precision.SEASON, D(1963, 3, 1), D(1963, 5, 31), False, True),
    (
        "1961-02-25T21:00:00Z",
        "1961-02-25T21:00:00Z",
        Precision.SECOND,
        D(1961, 2, 25),
        D(1961, 2, 25),
        False,
        False,
    ),
    (
        "1961-02-25T21:00",
        "1961-02-25T21:00",
        Precision.MINUTE,
        D(1961, 2, 25),
        D(1961, 2, 25),
        False,
        False,
    ),
    (
        "1961-02-25t23:30-05:00",
        "1961-02-25T23:30-05:00",
        Precision.MINUTE,
        D(1961, 2, 25),
        D(1961, 2, 25),
        False,
        False,
    ),
    ("  1963-03\n", "1963-03", Precision.MONTH, D(1963, 3, 1), D(1963, 3, 31), False, False),
    ("196x", "196X", Precision.DECADE, D(1960, 1, 1), D(1969, 12, 31), False, False),
]


@pytest.mark.parametrize(
    ("text", "edtf", "precision", "start", "end", "approximate", "uncertain"), FORMS
)
def test_single_forms(
    text: str,
    edtf: str,
    precision: Precision,
    start: date,
    end: date,
    approximate: bool,
    uncertain: bool,
) -> None:
    value = parse(text)
    assert value.edtf == edtf
    assert value.precision is precision
    assert (value.start, value.end) == (start, end)
    assert (value.approximate, value.uncertain) == (approximate, uncertain)
    assert not value.is_interval
    assert parse(value.edtf) == value


# --- rejection ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["1964-02-29", "2000-02-29", "1600-02-29", "2024-02-29"])
def test_leap_days_accepted(text: str) -> None:
    assert parse(text).start == date.fromisoformat(text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1963-02-29", "day 29 does not exist in February 1963"),
        ("1900-02-29", "day 29 does not exist in February 1900"),
        ("2000-02-30", "it has 29 days"),
        ("1963-04-31", "day 31 does not exist in April 1963"),
        ("1963-03-00", "day 00"),
        ("1963-00", "month 00"),
        ("1963-13", "month 13"),
        ("1963-13-01", "month 13"),
        ("1963-25", "month 25"),
        ("1963-13-XX", "month 13"),
        ("1963-21-05", "season"),
        ("0000", "0000"),
        ("9999-24", "10000"),
        ("1963-03-01T24:00", "not a time of day"),
        ("1963-03-01T12:60", "not a time of day"),
        ("1963-03-01T12:00:60", "not a time of day"),
        ("1963-03-01T12:00+24:00", "zone offset"),
        ("1963-03-01T12:00~", "not supported on a date with a time"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_invalid_values_explain_why(text: str, fragment: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        parse(text)
    assert fragment in str(caught.value)
    assert repr(text) in str(caught.value)
    assert "Accepted EDTF forms" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "63",
        "19634",
        "-1963",
        "Y1963",
        "1963-03-13T21",
        "1963-03-13 21:00",
        "1963-03-13T21:00:00.5Z",
        "1963-03-13T21:00+0300",
        "1963-03-13T21:00+03",
        "1963??",
        "?1963",
        "1963-~03",
        "1X63",
        "1XXX",
        "19X0",
        "1963-X3",
        "1963-XX-XX",
        "1963-XX-13",
        "1963-03-1X",
        "March 1963",
        "1963/1964/1965",
        "1963.03.13",
        "١٩٦٣",
    ],
)
def test_unsupported_forms_rejected(text: str) -> None:
    with pytest.raises(InvalidDate, match="Accepted EDTF forms"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("1963-3-1", "1963-03-01"),
        ("1963-3", "1963-03"),
        ("1963-03-1", "1963-03-01"),
        ("963", "0963"),
        ("1963-3-1T09:00", "1963-03-01T09:00"),
    ],
)
def test_unpadded_input_suggests_padded_form(text: str, suggestion: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        parse(text)
    error = caught.value
    assert error.text == text
    assert repr(suggestion) in error.reason
    assert "zero-padded" in str(error)


def test_invalid_date_is_a_value_error_and_pickles() -> None:
    with pytest.raises(ValueError, match="'not a date'"):
        parse("not a date")
    error = InvalidDate("1963-3", "some reason")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.text, copy.reason, str(copy)) == (error.text, error.reason, str(error))


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse(1963)  # type: ignore[arg-type]


# --- intervals -----------------------------------------------------------------------------------

INTERVALS = [
    # text, precision, start, end
    ("1961/1963", Precision.YEAR, D(1961, 1, 1), D(1963, 12, 31)),
    ("1962-04-20/1962-04-30", Precision.DAY, D(1962, 4, 20), D(1962, 4, 30)),
    ("1962-04-20/1963", Precision.YEAR, D(1962, 4, 20), D(1963, 12, 31)),
    ("1962-24/1963-05", Precision.SEASON, D(1962, 12, 1), D(1963, 5, 31)),
    ("196X/1975", Precision.DECADE, D(1960, 1, 1), D(1975, 12, 31)),
    ("../1963-05", Precision.MONTH, D(1, 1, 1), D(1963, 5, 31)),
    ("1961/..", Precision.YEAR, D(1961, 1, 1), D(9999, 12, 31)),
    ("../1961-02-25T21:00Z", Precision.MINUTE, D(1, 1, 1), D(1961, 2, 25)),
    ("1961-02-25T21:00Z/1961-02-25T22:00:00Z", Precision.MINUTE, D(1961, 2, 25), D(1961, 2, 25)),
    ("1962/1962-03", Precision.YEAR, D(1962, 1, 1), D(1962, 3, 31)),
    ("1963/1963", Precision.YEAR, D(1963, 1, 1), D(1963, 12, 31)),
]


@pytest.mark.parametrize(("text", "precision", "start", "end"), INTERVALS)
def test_intervals(text: str, precision: Precision, start: date, end: date) -> None:
    value = parse(text)
    assert value.is_interval
    assert value.edtf == text
    assert value.precision is precision
    assert (value.start, value.end) == (start, end)
    assert value.time is None
    assert parse(value.edtf) == value


def test_interval_qualifiers_come_from_either_end() -> None:
    value = parse("1961~/1963?")
    assert (value.approximate, value.uncertain) == (True, True)
    assert parse("1961/1963").approximate is False
    assert parse("../1963%").uncertain is True


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1963/1961", "starts (1963-01-01 at the earliest) after it ends (1961-12-31"),
        ("1962-04-30/1962-04-20", "after it ends"),
        ("1963-05/1963-03-15", "after it ends"),
        ("1964-21/1963-24", "after it ends"),
        ("1961-02-25T22:00/1961-02-25T21:00", "compare the times"),
        ("1961-02-25T22:00Z/1961-02-25T21:00Z", "compare the times"),
        ("1961-02-25T21:00Z/1961-02-25T23:00+05:00", "compare the times"),
        ("../..", "at least one known end"),
        ("1963/", "empty"),
        ("/1963", "empty"),
        ("/", "empty"),
        ("1961/1962/1963", "exactly one '/'"),
        ("1961/1963-3", "interval end '1963-3'"),
        ("1961/1963-3", "'1963-03'"),
        ("...", "not a supported EDTF form"),
        ("..", "only allowed as one side of an interval"),
    ],
)
def test_bad_intervals(text: str, fragment: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        parse(text)
    assert fragment in str(caught.value)


def test_times_with_and_without_zone_are_only_compared_by_day() -> None:
    value = parse("1961-02-25T22:00/1961-02-25T21:00Z")
    assert value.start == value.end == date(1961, 2, 25)


def test_interval_constructor() -> None:
    start, end = HistoricalDate.of(1961), HistoricalDate.of(1963, 5)
    assert HistoricalDate.interval(start, end) == parse("1961/1963-05")
    assert HistoricalDate.interval(None, end) == parse("../1963-05")
    assert HistoricalDate.interval(start, None) == parse("1961/..")
    with pytest.raises(InvalidDate, match="after it ends"):
        HistoricalDate.interval(end, start)
    with pytest.raises(InvalidDate, match="at least one known end"):
        HistoricalDate.interval(None, None)
    with pytest.raises(InvalidDate, match="cannot itself be an interval"):
        HistoricalDate.interval(parse("1961/1962"), end)


# --- construction --------------------------------------------------------------------------------


def test_of() -> None:
    assert HistoricalDate.of(1963) == parse("1963")
    assert HistoricalDate.of(1963, 3) == parse("1963-03")
    assert HistoricalDate.of(1963, 3, 13) == parse("1963-03-13")
    assert HistoricalDate.of(63, 3, 1).edtf == "0063-03-01"
    assert HistoricalDate.of(1962, approximate=True).edtf == "1962~"
    assert HistoricalDate.of(1962, uncertain=True).edtf == "1962?"
    assert HistoricalDate.of(1962, 4, approximate=True, uncertain=True).edtf == "1962-04%"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((1963, None, 5), "a day needs a month"),
        ((0,), "0000"),
        ((10000,), "at most 4 digits"),
        ((-5,), "at most 4 digits"),
        ((1963, 100), "at most 2 digits"),
        ((1963, 2, 29), "day 29 does not exist in February 1963"),
        ((1963, 13), "month 13"),
    ],
)
def test_of_rejects(args: tuple[int | None, ...], fragment: str) -> None:
    with pytest.raises(InvalidDate) as caught:
        HistoricalDate.of(*args)  # type: ignore[arg-type]
    assert fragment in str(caught.value)


def test_fields_must_agree_with_edtf() -> None:
    good = parse("1963-03")
    assert HistoricalDate("1963-03", Precision.MONTH, D(1963, 3, 1), D(1963, 3, 31)) == good
    with pytest.raises(InvalidDate, match="do not match"):
        HistoricalDate("1963-03", Precision.DAY, D(1963, 3, 1), D(1963, 3, 31))
    with pytest.raises(InvalidDate, match="do not match"):
        dataclasses.replace(good, end=D(1963, 3, 30))
    with pytest.raises(InvalidDate):
        HistoricalDate("1963-3", Precision.MONTH, D(1963, 3, 1), D(1963, 3, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        good.edtf = "1964"  # type: ignore[misc]


def test_values_are_hashable_and_equal_by_content() -> None:
    assert parse("1963-03") == parse(" 1963-03 ")
    assert len({parse("1963"), parse("1963"), parse("1963~")}) == 2
    assert parse("1963") != parse("1963-XX")


# --- time, json, str -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf", "time"),
    [
        ("1961-02-25T21:00:00Z", "1961-02-25T21:00:00Z", "21:00:00Z"),
        ("1961-02-25t21:00:00z", "1961-02-25T21:00:00Z", "21:00:00Z"),
        ("1961-02-25T21:00+03:00", "1961-02-25T21:00+03:00", "21:00+03:00"),
        ("1961-02-25T21:00:07-00:00", "1961-02-25T21:00:07-00:00", "21:00:07-00:00"),
        ("1961-02-25T21:00", "1961-02-25T21:00", "21:00"),
        ("1961-02-25", "1961-02-25", None),
    ],
)
def test_time_and_zone_are_kept(text: str, edtf: str, time: str | None) -> None:
    value = parse(text)
    assert value.edtf == edtf
    assert str(value) == edtf
    assert value.time == time


def test_zone_does_not_shift_the_day() -> None:
    late = parse("1961-02-25T23:30-05:00")
    early = parse("1961-02-26T01:00+09:00")
    assert late.start == late.end == date(1961, 2, 25)
    assert early.start == early.end == date(1961, 2, 26)


def test_to_json() -> None:
    assert parse("1963-03").to_json() == {
        "edtf": "1963-03",
        "start": "1963-03-01",
        "end": "1963-03-31",
        "precision": "month",
    }
    assert parse("../0963").to_json() == {
        "edtf": "../0963",
        "start": "0001-01-01",
        "end": "0963-12-31",
        "precision": "year",
    }
    assert parse("1961-02-25T21:00:00Z").to_json()["precision"] == "second"


# --- display -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1963-03-13", "13 March 1963"),
        ("1963-03-01", "1 March 1963"),
        ("1963-03", "March 1963"),
        ("1963", "1963"),
        ("0963", "963"),
        ("1962~", "c. 1962"),
        ("1962?", "1962?"),
        ("1962%", "c. 1962?"),
        ("1963-03-13~", "c. 13 March 1963"),
        ("1963-21", "spring 1963"),
        ("1963-22", "summer 1963"),
        ("1963-23", "autumn 1963"),
        ("1963-24", "winter 1963–1964"),
        ("196X", "1960s"),
        ("19XX", "20th century"),
        ("20XX", "21st century"),
        ("01XX", "2nd century"),
        ("02XX", "3rd century"),
        ("10XX", "11th century"),
        ("1963-XX", "1963"),
        ("1963-03-XX", "March 1963"),
        ("1961-02-25T21:00:00Z", "25 February 1961, 21:00 UTC"),
        ("1961-02-25T21:00:05Z", "25 February 1961, 21:00:05 UTC"),
        ("1961-02-25T21:00+03:00", "25 February 1961, 21:00 +03:00"),
        ("1961-02-25T21:00", "25 February 1961, 21:00"),
        ("1961/1963", "1961–1963"),
        ("1962-04-20/1962-04-30", "20–30 April 1962"),
        ("1962-04-20/1962-05-03", "20 April 1962 – 3 May 1962"),
        ("1962-04-20/1962-04-20", "20 April 1962 – 20 April 1962"),
        ("1963-03/1963-05", "March–May 1963"),
        ("1961~/1963", "c. 1961 – 1963"),
        ("../1963-05", "before May 1963"),
        ("1961/..", "after 1961"),
        ("../1962~", "before c. 1962"),
    ],
)
def test_display(text: str, shown: str) -> None:
    assert parse(text).display() == shown


# --- ordering ------------------------------------------------------------------------------------


def test_mixed_values_sort_chronologically() -> None:
    texts = [
        "1963-03-13",
        "19XX",
        "1961/..",
        "1963",
        "../1963-05",
        "1961-02-25T21:00:00Z",
        "196X",
        "1963-21",
        "1963-03",
        "1962~",
        "1961/1963",
    ]
    ordered = sorted((parse(text) for text in texts), key=HistoricalDate.sort_key)
    assert [value.edtf for value in ordered] == [
        "../1963-05",
        "19XX",
        "196X",
        "1961/1963",
        "1961/..",
        "1961-02-25T21:00:00Z",
        "1962~",
        "1963",
        "1963-03",
        "1963-21",
        "1963-03-13",
    ]
    assert parse("1963-03").sort_key() == (date(1963, 3, 1), date(1963, 3, 31))


# --- properties ----------------------------------------------------------------------------------

QUALIFIERS = st.sampled_from(["", "?", "~", "%"])


@st.composite
def plain_dates(draw: st.DrawFn) -> tuple[str, date, date]:
    """Text of YYYY, YYYY-MM or YYYY-MM-DD, with the range worked out independently."""
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return f"{year:04d}", date(year, 1, 1), date(year, 12, 31)
    days = calendar.monthrange(year, month)[1]
    day = draw(st.none() | st.integers(1, days))
    if day is None:
        return f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, days)
    return f"{year:04d}-{month:02d}-{day:02d}", date(year, month, day), date(year, month, day)


@st.composite
def date_times(draw: st.DrawFn) -> str:
    year, month = draw(st.integers(1, 9999)), draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    seconds = draw(st.none() | st.integers(0, 59))
    clock = f"{hour:02d}:{minute:02d}" + ("" if seconds is None else f":{seconds:02d}")
    offset = st.tuples(st.sampled_from("+-"), st.integers(0, 14), st.sampled_from([0, 30, 45]))
    zone = draw(st.none() | st.just("Z") | offset.map(lambda o: f"{o[0]}{o[1]:02d}:{o[2]:02d}"))
    return f"{year:04d}-{month:02d}-{day:02d}T{clock}{zone or ''}"


@st.composite
def seasons(draw: st.DrawFn) -> str:
    code = draw(st.integers(21, 24))
    year = draw(st.integers(1, 9998 if code == 24 else 9999))
    return f"{year:04d}-{code}"


@st.composite
def unspecified(draw: st.DrawFn) -> str:
    year = draw(st.integers(1, 9999))
    forms = [f"{year:04d}"[:3] + "X", f"{year:04d}"[:2] + "XX", f"{year:04d}-XX"]
    forms.append(f"{year:04d}-{draw(st.integers(1, 12)):02d}-XX")
    return draw(st.sampled_from(forms))


single_texts = st.one_of(
    st.tuples(plain_dates().map(lambda drawn: drawn[0]), QUALIFIERS).map("".join),
    st.tuples(seasons() | unspecified(), QUALIFIERS).map("".join),
    date_times(),
)
singles = single_texts.map(parse)


@st.composite
def intervals(draw: st.DrawFn) -> HistoricalDate:
    first, last = draw(singles), draw(singles)
    shape = draw(st.sampled_from(["closed", "open start", "open end"]))
    if shape == "open start":
        return HistoricalDate.interval(None, last)
    if shape == "open end":
        return HistoricalDate.interval(first, None)
    for start, end in ((first, last), (last, first)):
        try:
            return HistoricalDate.interval(start, end)
        except InvalidDate:
            pass
    reject()


values = singles | intervals()

# Few examples per property keep the whole file well under five seconds; no deadline, so a slow
# machine cannot make the tests flaky.
QUICK = settings(max_examples=50, deadline=None)


@settings(max_examples=100, deadline=None)
@given(values)
def test_round_trip(value: HistoricalDate) -> None:
    assert HistoricalDate.parse(value.edtf) == value
    assert HistoricalDate.parse(str(value)).to_json() == value.to_json()


@QUICK
@given(values)
def test_start_never_after_end(value: HistoricalDate) -> None:
    assert value.start <= value.end
    assert date.fromisoformat(value.to_json()["start"]) == value.start


@QUICK
@given(values)
def test_display_always_works(value: HistoricalDate) -> None:
    assert value.display().strip() == value.display() != ""


@QUICK
@given(values, st.sampled_from(["", " ", "\t", "\n "]))
def test_parse_normalises_case_and_whitespace(value: HistoricalDate, space: str) -> None:
    assert HistoricalDate.parse(f"{space}{value.edtf.lower()}{space}") == value


@QUICK
@given(plain_dates(), QUALIFIERS)
def test_plain_date_ranges(drawn: tuple[str, date, date], qualifier: str) -> None:
    text, start, end = drawn
    value = HistoricalDate.parse(text + qualifier)
    assert (value.start, value.end) == (start, end)
    assert value.precision == {4: "year", 7: "month", 10: "day"}[len(text)]
    assert value.approximate == (qualifier in "~%" and qualifier != "")
    assert value.uncertain == (qualifier in "?%" and qualifier != "")


@QUICK
@given(date_times())
def test_date_time_ranges_are_the_written_day(text: str) -> None:
    value = HistoricalDate.parse(text)
    assert value.start == value.end == date.fromisoformat(text[:10])
    assert value.time == text[11:]
    assert value.precision == ("second" if text[16:17] == ":" else "minute")


@QUICK
@given(values, values)
def test_intervals_between_any_two_values_are_consistent(
    a: HistoricalDate, b: HistoricalDate
) -> None:
    if a.is_interval or b.is_interval:
        return
    try:
        joined = HistoricalDate.interval(a, b)
    except InvalidDate:
        assert a.start > b.end or (a.time is not None and b.time is not None)
        return
    assert (joined.start, joined.end) == (a.start, b.end)
    assert HistoricalDate.parse(joined.edtf) == joined


EDTF_ALPHABET = "0123456789-/XTZ:+?~%. xtzS"


@settings(max_examples=150, deadline=None)
@given(st.text() | st.text(alphabet=EDTF_ALPHABET) | single_texts.map(lambda t: t[:-1]))
def test_random_text_parses_or_raises_invalid_date(text: str) -> None:
    outcome: HistoricalDate | InvalidDate
    try:
        outcome = HistoricalDate.parse(text)
    except InvalidDate as error:
        outcome = error
    if isinstance(outcome, InvalidDate):
        assert outcome.text == text
    else:
        assert outcome.start <= outcome.end
        assert HistoricalDate.parse(outcome.edtf) == outcome
