"""Block network access in tests: any attempt to reach another host fails the test."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


class NetworkAttemptError(AssertionError):
    """Raised when code under test tries to use the network."""


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return not isinstance(address, tuple)  # AF_UNIX paths are local


@contextmanager
def blocked_network(
    monkeypatch: pytest.MonkeyPatch, *, allow_loopback: bool
) -> Iterator[list[str]]:
    """Patch socket so that connecting anywhere (or, with allow_loopback, off this host) raises.

    Yields the list of attempts, for tests that assert it stays empty.
    """
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guard(address: Any) -> None:
        if allow_loopback and _is_loopback(address):
            return
        if not isinstance(address, tuple):
            return
        attempts.append(repr(address))
        raise NetworkAttemptError(f"network access attempted: {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        guard(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        local = host in (None, "localhost", "127.0.0.1", "::1")
        if host is not None and not (allow_loopback and local):
            attempts.append(f"getaddrinfo({host!r})")
            raise NetworkAttemptError(f"name lookup attempted: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
