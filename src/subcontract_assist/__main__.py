"""Run ``python -m subcontract_assist`` exactly like the ``subcontract-assist`` command."""

import sys

from subcontract_assist.cli import main

if __name__ == "__main__":
    sys.exit(main())
