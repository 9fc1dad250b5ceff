"""``python -m claims``: the same command as the ``claims`` script."""

from claims.launch import main

if __name__ == "__main__":
    # Usage lines say "claims", as the installed script does (click would write "python -m claims").
    main(prog_name="claims")
