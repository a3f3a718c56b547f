"""사업자등록번호 (business registration number): format by python-stdnum, checksum by hand.

python-stdnum's ``kr.brn`` checks length and ranges only, not the check digit, so the
national-tax-service check digit is added here.
"""

from __future__ import annotations

from stdnum.exceptions import ValidationError
from stdnum.kr import brn

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def brn_check_digit(first_nine: str) -> int:
    """Return the check digit for the first nine digits of a 사업자등록번호."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) + (digits[8] * 5) // 10
    return (10 - total % 10) % 10


def normalize_brn(value: str) -> str:
    """Return ``value`` as ``NNN-NN-NNNNN`` or raise ValueError (Korean message) when invalid."""
    try:
        compact = brn.validate(value)
    except ValidationError as exc:
        raise ValueError(
            f"사업자등록번호 형식이 아닙니다 (10자리 숫자 NNN-NN-NNNNN): {value!r}"
        ) from exc
    if brn_check_digit(compact[:9]) != int(compact[9]):
        raise ValueError(f"사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다: {value!r}")
    return str(brn.format(compact))


def is_valid_brn(value: str) -> bool:
    """Return True when ``value`` is a well-formed 사업자등록번호 with a correct check digit."""
    try:
        normalize_brn(value)
    except ValueError:
        return False
    return True
