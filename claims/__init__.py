"""claims: I/O at the edges — load articles, build claims, store them, the ``claims`` command."""

from pathlib import Path

# The five bundled seed articles and their index.json, shipped inside the package so an
# installed wheel can run ``claims check`` with no checkout.
SEEDS_DIR = Path(__file__).resolve().parent / "seeds"
