"""Benchmark: ingest canonical document JSON into SQLite and PostgreSQL.

    python bench/ingest_json.py [--count 20000] [--database sqlite|postgresql|both]
        [--postgres-url postgresql://postgres@127.0.0.1:5432/chancery_bench] [--batch-size 500]

The corpus is built from the 30 bundled demo documents: document ``i`` is demo
document ``i % 30`` with a new id, collection position ``i`` and its people's ids
suffixed ``-g{i % 500}``, so entity records are shared between documents the way
they are in a real archive. Texts, blocks, notes and mentions are kept as they are.

Django can be configured once per process, so each database is measured in a child
process (``--child sqlite`` / ``--child postgresql``) that prints one JSON line of
figures; the parent prints the table. Timings:

- parse: ``json.loads`` + ``chancery.canonical.from_json`` of every line;
- save: ``Store().save_many`` of every draft into an empty archive (all "added");
- re-ingest: a second ``save_many`` of the same drafts (all "unchanged");
- ingest: what ``chancery ingest`` does end to end on a JSON Lines file of the same corpus
  under new ids (read, parse, validate, save, streaming), into the archive the first two
  passes filled (so its people already exist).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from chancery.demo import demo_files

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/chancery_bench"
PERSON_GROUPS = 500
TARGET_SQLITE = 2000  # documents/s saved into SQLite
ENTITY_KEYS = ("people", "organizations", "places")


# ---------------------------------------------------------------- corpus


def demo_documents() -> list[str]:
    """The demo corpus as JSON lines (one document each)."""
    lines: list[str] = []
    for path in demo_files():
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def vary(line: str, i: int, prefix: str = "bench") -> dict[str, Any]:
    """Document ``i`` of the corpus: a demo document under a new id and position."""
    document: dict[str, Any] = json.loads(line)
    document["id"] = f"{prefix}-{i:06d}-{document['id']}"
    for ref in document.get("collections", []):
        ref["position"] = i
    for person in document.get("people", []):
        person["id"] = f"{person['id']}-g{i % PERSON_GROUPS}"
    return document


def build_corpus(count: int, prefix: str = "bench") -> list[str]:
    """``count`` canonical JSON lines, with ids starting ``prefix``."""
    demo = demo_documents()
    return [
        json.dumps(vary(demo[i % len(demo)], i, prefix), ensure_ascii=False) for i in range(count)
    ]


def mention_count(line: str) -> int:
    document = json.loads(line)
    return sum(len(e["mentions"]) for key in ENTITY_KEYS for e in document.get(key, []))


def describe_corpus(lines: list[str]) -> None:
    size = sum(len(line.encode("utf-8")) for line in lines) / len(lines)
    mentions = sum(mention_count(line) for line in lines) / len(lines)
    print(f"corpus: {len(lines):,} documents from {len(demo_documents())} demo documents")
    print(
        f"  average JSON size: {size / 1024:,.1f} KiB; average mentions: {mentions:.1f} a document"
    )


# ---------------------------------------------------------------- child: one database


def run_child(database: str, count: int, postgres_url: str, batch_size: int) -> None:
    """Configure Django for ``database``, time parse, save and re-ingest; print JSON."""
    with tempfile.TemporaryDirectory(prefix="chancery-bench-") as tmp:
        start_django(Path(tmp) / "data", postgres_url if database == "postgresql" else None)
        lines = build_corpus(count)
        drafts, parse_s = timed(parse, lines)
        del lines
        # The preloaded drafts are the benchmark's input, not the store's work: a real
        # ingest streams them. Freezing keeps the garbage collector from rescanning them.
        gc.collect()
        gc.freeze()
        added, save_s = timed(save, drafts, batch_size)
        unchanged, reingest_s = timed(save, drafts, batch_size)
        del drafts
        gc.unfreeze()
        source = Path(tmp) / "stream.jsonl"
        source.write_text("\n".join(build_corpus(count, prefix="stream")), encoding="utf-8")
        streamed, ingest_s = timed(ingest, source)
    figures = {
        "database": database,
        "documents": count,
        "parse_s": parse_s,
        "save_s": save_s,
        "reingest_s": reingest_s,
        "ingest_s": ingest_s,
        "peak_rss_mb": peak_rss_mb(),
        "problems": outcome_problems(added, "added")
        + outcome_problems(unchanged, "unchanged")
        + outcome_problems(streamed, "added"),
    }
    print(json.dumps(figures))


def start_django(data: Path, database_url: str | None) -> None:
    from chancery.datafolder import DataFolder
    from chancery.setup import configure, migrate

    DataFolder(data).create()
    configure(data, database_url)
    migrate()


def parse(lines: list[str]) -> list[Any]:
    from chancery.canonical import from_json

    return [from_json(json.loads(line)) for line in lines]


def save(drafts: list[Any], batch_size: int) -> Counter[str]:
    from chancery.archive.store import Store

    return Counter(result.outcome for result in Store().save_many(drafts, batch_size=batch_size))


def ingest(path: Path) -> Counter[str]:
    """What ``chancery ingest`` does: stream, parse and save one JSON Lines file."""
    from chancery.archive.importer import Importer, find_sources

    return Importer().run(find_sources([path])).counts


def timed(work: Any, *args: Any) -> tuple[Any, float]:
    """``work(*args)`` and the seconds it took."""
    start = time.perf_counter()
    value = work(*args)
    return value, time.perf_counter() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def outcome_problems(outcomes: Counter[str], expected: str) -> list[str]:
    """An empty list if every outcome is ``expected``, else a description of the others."""
    others = {outcome: n for outcome, n in outcomes.items() if outcome != expected}
    if not others:
        return []
    return [f"expected every draft {expected}, got {dict(outcomes)}"]


# ---------------------------------------------------------------- parent: databases


def reset_postgres(url: str) -> str | None:
    """Drop and create the database named in ``url``; the reason it failed, or None."""
    try:
        import psycopg
        from psycopg import sql
    except ImportError as error:
        return f"psycopg is not installed ({error})"
    name = urlsplit(url).path.lstrip("/")
    if not name:
        return f"no database name in {url!r}"
    try:
        with psycopg.connect(maintenance_url(url), autocommit=True, connect_timeout=5) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        message = " ".join(str(error).split())
        return f"PostgreSQL not usable at {maintenance_url(url)}: {message}"
    return None


def maintenance_url(url: str) -> str:
    """The same server and user, connected to the ``postgres`` maintenance database."""
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def run_database(database: str, args: argparse.Namespace) -> dict[str, Any]:
    """Figures of one child process, or ``{"database", "skipped": reason}``."""
    if database == "postgresql":
        reason = reset_postgres(args.postgres_url)
        if reason:
            return {"database": database, "skipped": reason}
    command = [
        sys.executable,
        __file__,
        "--child",
        database,
        "--count",
        str(args.count),
        "--postgres-url",
        args.postgres_url,
        "--batch-size",
        str(args.batch_size),
    ]
    print(f"running {database} ...", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"database": database, "skipped": child_failure(done)}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def child_failure(done: subprocess.CompletedProcess[str]) -> str:
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return f"child exited with status {done.returncode}: {tail}"


# ---------------------------------------------------------------- report


COLUMNS = (
    "database",
    "documents",
    "parse docs/s",
    "save docs/s",
    "re-ingest docs/s",
    "ingest docs/s",
    "peak RSS MB",
)


def rate(row: dict[str, Any], key: str) -> float:
    return row["documents"] / row[key] if row[key] else float("inf")


def table_row(row: dict[str, Any]) -> list[str]:
    if "skipped" in row:
        return [row["database"], "skipped", "-", "-", "-", "-"]
    return [
        row["database"],
        f"{row['documents']:,}",
        f"{rate(row, 'parse_s'):,.0f}",
        f"{rate(row, 'save_s'):,.0f}",
        f"{rate(row, 'reingest_s'):,.0f}",
        f"{rate(row, 'ingest_s'):,.0f}",
        f"{row['peak_rss_mb']:,.0f}",
    ]


def print_table(rows: list[dict[str, Any]]) -> None:
    cells = [list(COLUMNS), *(table_row(row) for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    print()
    for n, line in enumerate(cells):
        print(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print()


def print_notes(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if "skipped" in row:
            print(f"{row['database']}: skipped: {row['skipped']}")
        else:
            seconds = ", ".join(
                f"{k} {row[k + '_s']:.1f} s" for k in ("parse", "save", "reingest", "ingest")
            )
            print(f"{row['database']}: {seconds}")
        for problem in row.get("problems", []):
            print(f"{row['database']}: PROBLEM: {problem}")


def print_target(rows: list[dict[str, Any]]) -> None:
    sqlite = next((r for r in rows if r["database"] == "sqlite" and "skipped" not in r), None)
    verdict = "not measured"
    if sqlite is not None:
        saved = rate(sqlite, "save_s")
        verdict = f"{'PASS' if saved >= TARGET_SQLITE else 'BELOW'} ({saved:,.0f} documents/s)"
    print(f"target: >= {TARGET_SQLITE:,} documents/s saved into SQLite: {verdict}")


# ---------------------------------------------------------------- main


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20000, help="documents to ingest")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--postgres-url",
        default=DEFAULT_POSTGRES_URL,
        help="database to drop, create and fill (default: %(default)s)",
    )
    parser.add_argument("--batch-size", type=int, default=500, help="drafts per transaction")
    parser.add_argument("--child", choices=("sqlite", "postgresql"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.count < 1 or args.batch_size < 1:
        parser.error("--count and --batch-size must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.child:
        run_child(args.child, args.count, args.postgres_url, args.batch_size)
        return 0
    describe_corpus(build_corpus(args.count))
    databases = ("sqlite", "postgresql") if args.database == "both" else (args.database,)
    rows = [run_database(database, args) for database in databases]
    print_table(rows)
    print_notes(rows)
    print_target(rows)
    return 1 if any(row.get("problems") for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
