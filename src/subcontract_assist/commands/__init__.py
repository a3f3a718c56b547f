"""Headless subcommands of ``subcontract-assist``; each module has ``register(subparsers)``."""
