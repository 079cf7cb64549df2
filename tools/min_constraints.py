"""Print pip constraints that pin each dependency of ptk to the lowest version allowed.

``pyproject.toml`` gives every dependency a lower bound; CI installs the package with
these constraints too (``PIP_CONSTRAINT``), so that the bounds stay true: a feature
used from a newer release fails the suite there instead of on a user's machine.

    python3 tools/min_constraints.py > constraints.txt

It pins what the product runs on (its dependencies and its features' extras), not the
tools of the test and development extras.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_LOWER = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*>=\s*([^,;\s]+)")


def lowest(requirements: list[str]) -> list[str]:
    """``name==lower`` for each requirement that has a ``>=`` bound.

    >>> lowest(["PyYAML>=6.0.1", "jinja2>=3.1,<4", "ruamel.yaml"])
    ['PyYAML==6.0.1', 'jinja2==3.1']
    """
    pins = []
    for requirement in requirements:
        match = _LOWER.match(requirement)
        if match:
            pins.append(f"{match[1]}=={match[3]}")
    return pins


_TOOLING = ("test", "dev", "bench")


def main() -> int:
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    requirements = list(project["project"]["dependencies"])
    for extra, extra_requirements in project["project"].get("optional-dependencies", {}).items():
        if extra not in _TOOLING:
            requirements += extra_requirements
    print("\n".join(lowest(requirements)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
