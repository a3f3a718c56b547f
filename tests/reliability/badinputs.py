"""Run one bad input through a real entry point and judge it: a clear message, nothing lost.

A case writes its input into a folder that also holds the user's existing work (an earlier
``out.docx``); a runner feeds the input to an entry point (the CLI's ``main``, the window's open,
export and received-review paths, the model loader, the draft saver) and reports an
:class:`Outcome`; :func:`run_case` asserts the verdict and returns the table row.
"""

from __future__ import annotations

import contextlib
import io
import re
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from subcontract_assist.core.errors import AppError
from tests.reliability.hostile import SECRET_TEXT, Builder

#: The user's earlier output, already in the folder: a failed run must leave it as it was.
PREVIOUS = b"the user's previous contract: a failed run must not overwrite it\n"
REFUSED = "clear message, nothing lost"
WORKS = "works, nothing lost"
_ABSOLUTE_PATH = re.compile(r"(?:/[^\s/:()'\"]+)+/(?=[^\s/:()'\"]+)")


@dataclass(frozen=True, slots=True)
class Context:
    """Where a case runs: ``folder`` holds the user's files, ``scratch`` the app's own."""

    input: Path
    folder: Path
    scratch: Path
    monkeypatch: pytest.MonkeyPatch

    @property
    def out(self) -> Path:
        return self.folder / "out.docx"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an entry point did with the input.

    Attributes:
        code: ``exit 2``, the error type, or what the window did.
        message: the user-facing message (Korean), or what was printed on success.
        printed: everything printed or raised (checked for tracebacks and leaked secrets).
        refused: the input was refused (True) or accepted (False).
        clean: the refusal took the app's own path (exit 2, an AppError, an error dialog).
    """

    code: str
    message: str
    printed: str
    refused: bool
    clean: bool


Runner = Callable[[Context], Outcome]
#: Checks the output of an accepted input; returns the outcome text for the table.
Checker = Callable[[Context], str]


@dataclass(frozen=True, slots=True)
class Case:
    """One row of the table: an input, an entry point, and what must happen."""

    id: str
    input: str
    make: Builder
    entry: str
    run: Runner
    names: str | None = None  # the file the message must name (default: the input's name)
    check: Checker | None = None  # set for inputs that must be accepted
    gui: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    input: str
    entry: str
    outcome: str
    message: str
    verdict: str


def cli(*argv: str) -> Runner:
    """Return a runner for ``subcontract-assist ARGV`` ({in}, {out}, {folder} are filled in)."""

    def run(ctx: Context) -> Outcome:
        from subcontract_assist.cli import main

        args = [a.format(input=ctx.input, out=ctx.out, folder=ctx.folder) for a in argv]
        args = ["--lang", "ko", *args]  # the table is in Korean whatever the environment says
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(args)
            except BaseException:  # an escaped exception is the failure this reports
                return Outcome("uncaught", "", traceback.format_exc(), True, False)
        printed = out.getvalue() + err.getvalue()
        message = err.getvalue() if code else out.getvalue() or err.getvalue()
        return Outcome(f"exit {code}", message, printed, code != 0, code in (0, 2))

    return run


def call(action: Callable[[Context], object]) -> Runner:
    """Return a runner that calls ``action`` (an API entry point) and catches the AppError."""

    def run(ctx: Context) -> Outcome:
        try:
            action(ctx)
        except AppError as exc:
            return Outcome(type(exc).__name__, exc.message("ko"), str(exc), True, True)
        except Exception:  # anything else is the failure this reports
            return Outcome("uncaught", "", traceback.format_exc(), True, False)
        return Outcome("returned", "", "", False, True)

    return run


def contents(path: Path) -> bytes:
    """Return the bytes of ``path``, with every part of a zip (.docx) unpacked."""
    data = path.read_bytes()
    if not zipfile.is_zipfile(path):
        return data
    with zipfile.ZipFile(path) as archive:
        return data + b"".join(archive.read(name) for name in archive.namelist())


def first_line(message: str) -> str:
    """Return the message's first line with machine paths cut to the file name."""
    line = message.strip().splitlines()[0] if message.strip() else ""
    return _ABSOLUTE_PATH.sub("…/", line).replace("|", "\\|")


@contextlib.contextmanager
def case_context(case: Case, base: Path) -> Iterator[Context]:
    """Yield a fresh folder with the user's earlier output and private app folders."""
    folder, scratch = base / "user", base / "app"
    folder.mkdir(parents=True)
    scratch.mkdir(parents=True)
    (folder / "out.docx").write_bytes(PREVIOUS)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(scratch / "data"))  # user templates, autosave
        mp.setenv("XDG_CONFIG_HOME", str(scratch / "config"))
        yield Context(case.make(folder), folder, scratch, mp)


def run_case(case: Case, base: Path) -> Row:
    """Run ``case`` in ``base`` and assert its verdict; return the table row."""
    with case_context(case, base) as ctx:
        before = {p: p.read_bytes() for p in ctx.folder.rglob("*") if p.is_file()}
        outcome = case.run(ctx)
        assert "Traceback" not in outcome.printed, outcome.printed
        assert outcome.clean, f"{case.id}: {outcome}"
        leaked = [p.name for p in ctx.folder.rglob("*") if p.is_file() and p.name != "secret.txt"]
        leaked = [n for n in leaked if SECRET_TEXT.encode() in contents(ctx.folder / n)]
        assert SECRET_TEXT not in outcome.printed + outcome.message
        assert leaked == [], f"the planted secret reached {leaked}"
        temp = [p.name for p in ctx.folder.rglob("*.tmp")]
        assert temp == [], f"temporary files left behind: {temp}"
        if case.check is None:
            return _refused(case, ctx, outcome, before)
        assert not outcome.refused, f"{case.id} must be accepted: {outcome.message}"
        assert ctx.input.read_bytes() == before[ctx.input], "the input file was changed"
        return Row(case.input, case.entry, case.check(ctx), first_line(outcome.message), WORKS)


def _refused(case: Case, ctx: Context, outcome: Outcome, before: dict[Path, bytes]) -> Row:
    assert outcome.refused, f"{case.id} must be refused, but was accepted"
    name = case.names or ctx.input.name
    assert name in outcome.message, f"the message does not name {name}: {outcome.message}"
    changed = [p.name for p, data in before.items() if not p.is_file() or p.read_bytes() != data]
    assert changed == [], f"the user's files changed: {changed}"
    return Row(case.input, case.entry, outcome.code, first_line(outcome.message), REFUSED)


def table(rows: list[Row]) -> str:
    """Return the rows as a Markdown table."""
    lines = [
        "| # | Bad input | Entry point | Outcome | Message shown (first line) | Verdict |",
        "|---|---|---|---|---|---|",
    ]
    for number, row in enumerate(rows, start=1):
        cells = (row.input, row.entry, row.outcome, row.message, row.verdict)
        lines.append(f"| {number} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
