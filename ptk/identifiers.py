"""Official identifiers' formats and check digits (SIRET, SIREN, RNA, BCE, NEQ).

>>> [siren_ok("732829320"), siren_ok("732829321")]
[True, False]
>>> [bce_ok("0412.345.678"), bce_ok("0403.170.701")]
[False, True]
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SEPARATORS = re.compile(r"[\s.\-]")
LA_POSTE = "356000000"  # its SIRETs follow their own rule: the digits add up to a multiple of 5


def normal(value: str) -> str:
    """The identifier without spaces, dots and dashes."""
    return _SEPARATORS.sub("", value)


def luhn(digits: str) -> bool:
    """The Luhn check that SIREN and SIRET numbers carry."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def siren_ok(value: str) -> bool:
    digits = normal(value)
    return len(digits) == 9 and digits.isdigit() and luhn(digits)


def siret_ok(value: str) -> bool:
    digits = normal(value)
    if len(digits) != 14 or not digits.isdigit():
        return False
    if digits.startswith(LA_POSTE) and sum(map(int, digits)) % 5 == 0:
        return True
    return luhn(digits)


def rna_ok(value: str) -> bool:
    return bool(re.fullmatch(r"W\d{9}", normal(value).upper()))


def bce_ok(value: str) -> bool:
    """Ten digits (an old nine-digit number takes a leading 0); the last two are
    97 minus the first eight modulo 97."""
    digits = normal(value)
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10 or not digits.isdigit():
        return False
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def neq_ok(value: str) -> bool:
    digits = normal(value)
    return len(digits) == 10 and digits.isdigit()


CHECKS: dict[str, Callable[[str], bool]] = {
    "siret": siret_ok,
    "siren": siren_ok,
    "rna": rna_ok,
    "bce": bce_ok,
    "neq": neq_ok,
}
