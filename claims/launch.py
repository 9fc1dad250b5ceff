"""The `claims` command's entry: `claims mentions` in its plain forms runs without click
(``claims.mentions.fast_args``: the same output, messages and exit status); everything else
is the click command of ``claims.cli``."""

from __future__ import annotations

import sys


def main(prog_name: str | None = None) -> None:
    from claims import mentions

    fast = mentions.fast_args(sys.argv[1:])
    if fast is not None:
        sys.exit(mentions.main(*fast))
    from claims.cli import main as command

    command(prog_name=prog_name)
