"""ptk — partnership toolkit: partnership agreements as code for community groups."""

__version__ = "0.1.0"
