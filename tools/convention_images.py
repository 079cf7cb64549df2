"""Write the README's pictures of a signed convention: its first and last pages.

    .venv/bin/pip install pypdfium2 pillow
    .venv/bin/python tools/convention_images.py

The convention is rendered from the shipped example by ``ptk render`` itself, then its
first page (the parties, the preamble) and its last (the signature page) are saved as
PNG images in docs/images/.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "partnerships/jardin-emmaus-creil.yaml"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "ptk", "render", EXAMPLE, "--to", "pdf", "-o", folder],
            cwd=ROOT,
            check=True,
        )
        [pdf_path] = Path(folder).glob("*.pdf")
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        pages = {"convention-first-page.png": 0, "convention-last-page.png": len(pdf) - 1}
        for name, index in pages.items():
            image = pdf[index].render(scale=1.1).to_pil()
            image.save(ROOT / "docs" / "images" / name, optimize=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
