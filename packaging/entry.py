"""Entry point of the packaged app: the same as ``subcontract-assist`` / ``python -m``."""

import multiprocessing
import sys

from subcontract_assist.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    sys.exit(main())
