"""Allow ``python -m ptk``."""

from ptk.cli import main

raise SystemExit(main())
