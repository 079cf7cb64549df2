"""ptk — partnership toolkit: partnership agreements as code for community groups."""

__version__ = "0.2.0"
