"""A partnership's history, read from git: ``gitlog`` (the only module that talks to git),
``versions`` (each version, the signed one, the unsigned changes since) and ``diff``
(what changed, field by field).

Nothing here is imported at start-up: the linter reaches history only through the
:class:`ptk.lint.rule.HistorySource` it is given.
"""
