"""``ptk completion bash|zsh|fish``: a script that completes ptk's commands and options.

bash and zsh scripts come from shtab; fish's is written here from the same parser.
Descriptions are in the user's language, like ``ptk --help``.
"""

from __future__ import annotations

import argparse

from ptk import exitcodes
from ptk.console import Console


def run(args: argparse.Namespace, console: Console) -> int:
    from ptk.cli import build_parser

    parser = build_parser(console)
    console.out.write(script(parser, args.shell))
    return exitcodes.OK


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell``."""
    if shell == "fish":
        return fish(parser)
    import shtab

    text: str = shtab.complete(parser, shell=shell)
    return text if text.endswith("\n") else text + "\n"


def fish(parser: argparse.ArgumentParser) -> str:
    """fish's ``complete`` lines: commands, then each command's options and choices."""
    lines = ["# ptk completion for fish: ptk completion fish > ~/.config/fish/completions/ptk.fish"]
    lines += _options(parser, "__fish_use_subcommand")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {action.dest: action.help or "" for action in sub._choices_actions}
    for name, command in sub.choices.items():
        lines.append(f"complete -c ptk -n __fish_use_subcommand -a {name} -d {_quote(helps[name])}")
        lines += _options(command, f"'__fish_seen_subcommand_from {name}'")
    return "\n".join(lines) + "\n"


def _options(parser: argparse.ArgumentParser, condition: str) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        words = [f"complete -c ptk -n {condition}"]
        for option in action.option_strings:
            words.append(f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}")
        if action.choices and not isinstance(action.choices, dict):
            words.append("-x -a " + _quote(" ".join(str(choice) for choice in action.choices)))
        elif not action.option_strings:
            continue  # a positional file or folder: fish completes paths by itself
        elif action.nargs != 0:
            words.append("-r")
        if action.help and action.help != argparse.SUPPRESS:
            words.append("-d " + _quote(action.help))
        lines.append(" ".join(words))
    return lines


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
