"""The linter: schema validation, then the domain rules, then config and suppressions."""
