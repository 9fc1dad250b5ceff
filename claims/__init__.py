"""claims: I/O at the edges — load articles, build claims, store them, the ``claims`` command."""

from pathlib import Path

# The five bundled seed articles and their index.json, shipped inside the package so an
# installed wheel can run ``claims check`` with no checkout.
SEEDS_DIR = Path(__file__).resolve().parent / "seeds"

# Settings the command line shows before any heavy module loads (claims.cli): defined here,
# read by claims.documents and claims.store by name.
STDIN = "-"  # the path that means standard input
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another before giving up
# The longest text analysed in one piece (characters; ``--max-size``): longer documents are
# analysed in parts cut at line breaks (claims.documents.parts).
MAX_PART = 1_000_000
