"""Generate a corpus of realistic partnership files for the benchmark.

Each file is one of the shipped examples, re-dated and re-named (towns, partners,
people), about a hundred lines of French or English YAML that conforms to the schema. A
controllable share of files carries problems (a missing vision, an unknown partner, an
overdue review, a schema violation…), so that the linter has positions to compute.

    python bench/generate.py bench/corpus/1000 --count 1000 --problems 0.2 --seed 1

With ``--per-file 4`` every file carries four different problems instead, which makes
about ten findings per file (the findings-heavy corpus: real files carry several
warnings, and the report is then most of the work).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOWNS = [
    "Creil",
    "Alès",
    "Nîmes",
    "Uzès",
    "Kembs",
    "Mulhouse",
    "Laval",
    "Laeken",
    "Évry",
    "Metz",
    "Strasbourg",
    "Lyon",
    "Rennes",
    "Nantes",
    "Tours",
    "Poitiers",
    "Liège",
    "Namur",
    "Gatineau",
    "Sherbrooke",
    "Ottawa",
    "Sudbury",
    "Besançon",
    "Grenoble",
    "Valence",
]
FIRST = [
    "Claire",
    "Karim",
    "Rémy",
    "Louise",
    "Julien",
    "Fatima",
    "Brice",
    "Sophie",
    "Hélène",
    "Marc",
    "Cécile",
    "Nathalie",
    "Luc",
    "Aurélie",
    "Sarah",
    "Mehdi",
    "Denise",
    "Amir",
]
LAST = [
    "Dubois",
    "Benali",
    "Martin",
    "Garnier",
    "Fabre",
    "Haddad",
    "Schmitt",
    "Keller",
    "Muller",
    "Lefèvre",
    "Weber",
    "Gagnon",
    "Tremblay",
    "Peeters",
    "Dumont",
    "El Amrani",
    "Roux",
]

# (pattern, replacement) that each make one kind of problem
PROBLEMS = [
    (r"(?m)^vision: .*(\n  .*)*", 'vision: ""'),
    (r"(?m)^level: \w+", "level: partenariat"),
    (r"(?m)^  - \{partner: ([a-z-]+), role:", r"  - {partner: \1-x, role:"),
    (r"next_review: \d{4}-\d{2}-\d{2}", "next_review: 2020-01-15"),
    (r"(?m)^exit:\n(  .*\n)+", ""),
    (r"(?m)^coordinator: [a-z-]+", "coordinator: personne"),
    (r"date: (\d{4})-03-10", r"date: \1-02-30"),
    (r"response_delay_days: \d+", "response_delay_days: 7"),
]


def _examples() -> list[str]:
    return [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "partnerships").glob("*.yaml"))
    ]


def _variant(text: str, number: int, rng: random.Random, broken: int) -> tuple[str, str]:
    pid = f"partenariat-{number:05d}"
    text = re.sub(r"(?m)^id: .*", f"id: {pid}", text, count=1)
    town = rng.choice(TOWNS)
    for old in (
        "Creil",
        "Alès",
        "Kembs",
        "Laval",
        "Laeken",
        "Strasbourg",
        "Évry",
        "Vanier",
        "Riverside",
    ):
        text = text.replace(old, town)
    text = re.sub(
        r"\b(Claire|Karim|Rémy|Louise|Julien|Fatima|Brice|Sophie|Hélène|Marc|Cécile)\b",
        lambda _: rng.choice(FIRST),
        text,
    )
    text = re.sub(
        r"\b(Dubois|Benali|Martin|Garnier|Fabre|Haddad|Schmitt|Keller|Muller)\b",
        lambda _: rng.choice(LAST),
        text,
    )
    shift = rng.randint(-1, 1)
    text = re.sub(
        r"\b(202[5-9])-(\d\d)-(\d\d)\b", lambda m: f"{int(m[1]) + shift}-{m[2]}-{m[3]}", text
    )
    text = text.replace("2026-02-29", "2026-02-28").replace("2024-02-29", "2024-02-28")
    for pattern, replacement in rng.sample(PROBLEMS, broken):
        text = re.sub(pattern, replacement, text, count=1)
    return pid, text


def generate(folder: Path, count: int, problems: float, seed: int, per_file: int = 0) -> None:
    """Files with ``per_file`` problems each, or one problem in a ``problems`` share of them."""
    rng = random.Random(seed)
    examples = _examples()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        example = rng.choice(examples)
        broken = per_file or int(rng.random() < problems)
        pid, text = _variant(example, number, rng, broken)
        (folder / f"{pid}.yaml").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--problems", type=float, default=0.2, help="share of files with a problem")
    parser.add_argument(
        "--per-file",
        type=int,
        default=0,
        choices=range(len(PROBLEMS) + 1),
        help="problems in every file (overrides --problems)",
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.folder, args.count, args.problems, args.seed, args.per_file)
    print(f"{args.count} files in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
