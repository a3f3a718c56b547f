"""Subcontract Assist (공정 하도급계약서 작성 도우미): draft and review fair subcontracts."""

__version__ = "0.1.0"
