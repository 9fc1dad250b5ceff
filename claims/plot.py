"""Draw a quantity's timeline (claims.timeline) with matplotlib, as PNG or SVG bytes.

Each claim is drawn at its publication date (undated ones in a panel of their own, by
outlet) on a log scale of US dollars: a point as a dot, an interval as a bar, an open
interval (超过10亿) as a bar with an arrow; coloured by outlet; a claim in a conflict ringed
in red, a denial as a cross. The labels are Chinese, so a CJK font must be installed
(Debian: fonts-wqy-zenhei); without one the error says which to install. Floats are used
for drawing only: the values are exact Decimals everywhere else.
"""

from __future__ import annotations

import io
import logging
import re
from contextlib import contextmanager
from pathlib import Path

from matplotlib import dates, font_manager, rc_context, ticker
from matplotlib.figure import Figure

from core.errors import OutputError

from .timeline import Mark, Timeline

FORMATS = ("png", "svg")
# Fonts with the Han characters of both scripts, best first (the Debian package that has each).
CJK_FONTS = {
    "WenQuanYi Zen Hei": "fonts-wqy-zenhei",
    "Noto Sans CJK SC": "fonts-noto-cjk",
    "Noto Sans CJK JP": "fonts-noto-cjk",
    "Droid Sans Fallback": "fonts-droid-fallback",
    "AR PL UMing CN": "fonts-arphic-uming",
}
_CJK_FILE = re.compile(r"wqy|cjk|droidsansfallback|uming|ukai", re.IGNORECASE)
CONFLICT = "#d62728"


def cjk_font(output: str = "the plot") -> str:
    """The family name of an installed CJK font. A font installed after matplotlib cached its
    font list is found by scanning the system's font files for the known names."""
    def installed() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((name for name in CJK_FONTS if name in names), None)

    found = installed()
    if found is None:
        for path in font_manager.findSystemFonts():
            if _CJK_FILE.search(Path(path).name):
                font_manager.fontManager.addfont(path)
        found = installed()
    if found is None:
        raise OutputError(output, "no CJK font for the Chinese labels: install one "
                                  "(Debian/Ubuntu: apt-get install fonts-wqy-zenhei)")
    return found


def render(timeline: Timeline, fmt: str, output: str = "the plot") -> bytes:
    """The timeline drawn as ``fmt`` (png or svg)."""
    if fmt not in FORMATS:
        raise OutputError(output, f"cannot draw as {fmt!r}: give a file ending in .png or .svg")  # as claims.cli
    if not timeline.marks:
        raise OutputError(output, f"nothing to draw: no claim of {timeline.label} has a US-dollar value")
    with rc_context({"font.family": [cjk_font(output), "DejaVu Sans"], "svg.fonttype": "path",
                     "svg.hashsalt": "claims", "axes.unicode_minus": False}), _quiet_fonts():
        figure = _figure(timeline)
        buffer = io.BytesIO()
        # No date in the metadata: the same timeline gives the same bytes.
        figure.savefig(buffer, format=fmt, dpi=110, bbox_inches="tight",
                       metadata={"Date": None} if fmt == "svg" else {"Software": None})
    return buffer.getvalue()


@contextmanager
def _quiet_fonts():
    """The CJK fonts are registered as weight 500, not "normal": matplotlib says so once per
    process (a warning on stderr about a font it then uses). That is not news to the user."""
    log = logging.getLogger("matplotlib.font_manager")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def _figure(timeline: Timeline) -> Figure:
    dated = [m for m in timeline.marks if m.claim.published is not None]
    undated = [m for m in timeline.marks if m.claim.published is None]
    panels = [p for p in (dated, undated) if p]
    figure = Figure(figsize=(3.2 + 2.2 * len(dated) ** 0.5 + 1.3 * len(undated), 4.2), layout="constrained")
    axes = figure.subplots(1, len(panels), sharey=True, squeeze=False,
                           width_ratios=[max(len(p), 2) for p in panels])[0] if panels else []
    colours = _colours(timeline.marks)
    for ax, panel in zip(axes, panels, strict=True):
        xs = [dates.date2num(m.claim.published) for m in panel] if panel is dated else list(range(len(panel)))
        for x, mark in zip(xs, panel, strict=True):
            _draw(ax, x, mark, colours[_outlet(mark)])
        if panel is dated:
            ax.xaxis.set_major_formatter(dates.DateFormatter("%Y-%m-%d"))
            ax.set_xlabel("publication date")
            ax.tick_params(axis="x", labelrotation=30)
        else:
            ax.set_xticks(xs, [_outlet(m) for m in panel], rotation=20, ha="right")
            ax.set_xlim(-0.6, len(panel) - 0.4)
            ax.set_xlabel("undated")
        ax.set_yscale("log")
        ax.grid(True, which="major", axis="y", alpha=0.3)
    if panels:
        axes[0].set_ylabel("US dollars (article month's rate, log scale)")
        axes[0].yaxis.set_major_formatter(ticker.FuncFormatter(_usd))
        _pad(axes[0], timeline.marks)
        _legend(figure, colours, timeline.marks)
    figure.suptitle(timeline.label)
    return figure


def _outlet(mark: Mark) -> str:
    return mark.claim.outlet or Path(mark.claim.doc).name


def _colours(marks: tuple[Mark, ...]) -> dict[str, str]:
    palette = [f"C{i}" for i in range(10)]
    outlets = list(dict.fromkeys(_outlet(m) for m in marks))
    return {o: palette[i % len(palette)] for i, o in enumerate(outlets)}


def _draw(ax, x: float, mark: Mark, colour: str) -> None:
    low = float(mark.low)
    high = None if mark.high is None else float(mark.high)
    if mark.open_above:  # to the top of the axis, with an arrow: no upper bound
        ax.vlines(x, low, low * 10, colors=colour, linewidth=7, alpha=0.6)
        ax.plot([x], [low * 10], marker="^", color=colour, markersize=9)
        top = low * 10
    elif high is not None and high != low:
        ax.vlines(x, low, high, colors=colour, linewidth=7, alpha=0.6)
        top = high
    else:
        ax.plot([x], [low], marker="x" if mark.denied else "o", color=colour, markersize=9,
                markeredgewidth=2.5 if mark.denied else 1)
        top = low
    if mark.conflict:
        middle = low if top == low else (low * top) ** 0.5
        ax.plot([x], [middle], marker="o", markersize=17, markerfacecolor="none",
                markeredgecolor=CONFLICT, markeredgewidth=2)
    said = "denied " if mark.denied else ""
    by = f" ({mark.claim.attributed_to})" if mark.claim.attributed_to else ""
    ax.annotate(f"{said}{mark.claim.text}{by}", (x, top), textcoords="offset points", xytext=(8, 6), fontsize=9)


def _pad(ax, marks: tuple[Mark, ...]) -> None:
    """A decade of room either side of the values, so labels and rings stay inside."""
    values = [float(v) for m in marks for v in (m.low, m.high) if v is not None and v > 0]
    if values:
        low, high = min(values) / 3, max(values) * (30 if any(m.open_above for m in marks) else 3)
        ax.set_ylim(low, high)
        # Within two decades the minor ticks are the only labels in between: in US$ too.
        if high / low < 100:
            ax.yaxis.set_minor_locator(ticker.LogLocator(subs=(2, 3, 5)))
            ax.yaxis.set_minor_formatter(ticker.FuncFormatter(_usd))
        else:
            ax.yaxis.set_minor_formatter(ticker.NullFormatter())


def _legend(figure: Figure, colours: dict[str, str], marks: tuple[Mark, ...]) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=o) for o, c in colours.items()]
    if any(m.conflict for m in marks):
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markersize=11,
                              markeredgecolor=CONFLICT, markeredgewidth=2, label="in a conflict"))
    if any(m.denied for m in marks):
        handles.append(Line2D([], [], marker="x", linestyle="", color="black", label="denied"))
    figure.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 3), fontsize=9,
                  frameon=False)


def _usd(value: float, _pos) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= size:
            return f"US${value / size:g}{suffix}"
    return f"US${value:g}"
