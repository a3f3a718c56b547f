"""The ``subcontract-assist`` command: no arguments opens the window, subcommands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from subcontract_assist import __version__
from subcontract_assist.commands import adjust, drafting, evaluate, models, review
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.text import Lang, current_language

EXIT_OK, EXIT_USAGE = 0, 2

#: Each module adds its subcommands (one line per module: keep this list explicit).
COMMAND_MODULES = (drafting, review, adjust, evaluate, models)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="subcontract-assist",
        description="공정 하도급계약서 작성 도우미 (Subcontract Assist). "
        "인수 없이 실행하면 프로그램 창을 엽니다 / without arguments it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"subcontract-assist {__version__}")
    parser.add_argument("--lang", choices=("ko", "en"), help="출력 언어 / output language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="설치 점검(모델·검토·계약서·창) / check this installation (model, review, .docx)",
    )
    sub = parser.add_subparsers(dest="command")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


#: Files the window opens when given as the only argument (double-click, "Open with").
WINDOW_FILES = (".json", ".docx", ".hwpx", ".hwp", ".pdf", ".txt")


def file_to_open(args: Sequence[str]) -> Path | None:
    """Return the draft or contract to open in the window, when that is all the user gave."""
    if len(args) != 1 or args[0].startswith("-"):
        return None
    path = Path(args[0])
    if path.suffix.lower() not in WINDOW_FILES or not path.is_file():
        return None
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no arguments (or one draft or contract file), open the app."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    opened = file_to_open(args_list)
    if not args_list or opened is not None:
        from subcontract_assist.app import main as app_main

        return app_main([], opened)
    if args_list[0] == "--self-test":  # before subcommands: it takes its own options
        from subcontract_assist.selftest import main as self_test

        return self_test(args_list[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    lang: Lang = args.lang or current_language()
    if args.self_test:  # given after other options (``--lang en --self-test``)
        from subcontract_assist.selftest import main as self_test

        return self_test(["--lang", lang])
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args, lang))
    except AppError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
