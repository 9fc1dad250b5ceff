"""``claims serve``: the claims database in Datasette, read-only, with its metadata, canned
queries and a timeline page per quantity.

What the site shows is data, in ``claims/data/browse.toml`` (descriptions, facets, sorts,
label columns, hidden columns, canned queries); this module turns it into Datasette's
metadata, registers the plugin below (SQL functions for script-blind search, the CSS that
hides internal columns, the timeline pages) and runs the server. The database is opened
immutable (nothing can write it, through the web or otherwise); a database another process
is writing (a non-empty -wal file) is served read-only instead, so the rows in its WAL show.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import tomllib
import urllib.parse
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from core.errors import EngineError, OptionError, one_line

from .entities import name_key, normalize
from .store import Store

if TYPE_CHECKING:
    from .timeline import Timeline

DATA = Path(__file__).resolve().parent / "data"
BROWSE = DATA / "browse.toml"
TEMPLATES = DATA  # timelines.html, timeline.html (flat: every data/ file ships in the wheel)
PLUGIN_NAME = "claims-engine"


@cache
def settings() -> dict[str, Any]:
    with BROWSE.open("rb") as f:
        return tomllib.load(f)


def database_name(db_path: str | os.PathLike) -> str:
    """The name Datasette gives the file (its stem): the first part of every URL."""
    return Path(db_path).stem


def metadata(db_path: str | os.PathLike) -> dict[str, Any]:
    """Datasette metadata from browse.toml: site, tables (with column descriptions), queries."""
    config = settings()
    name = tilde_encode(database_name(db_path))  # as it appears in Datasette's URLs
    tables: dict[str, Any] = {}
    for table, options in config["tables"].items():
        shown = {k: v for k, v in options.items() if k != "hidden_columns"}
        tables[table] = {**shown, "columns": config["columns"].get(table, {})}
    queries = {q["name"]: {k: v for k, v in q.items() if k != "name"} for q in config["queries"]}
    site = config["site"]
    links = (f'<a href="/{name}/conflicts_side_by_side">the conflicts, side by side</a>',
             '<a href="/-/timelines">a timeline per quantity</a>')
    return {
        "title": site["title"], "source": site["source"], "license": site["license"],
        "description_html": f"{escape(site['description'])} Start with {links[0]} or {links[1]}.",
        "databases": {database_name(db_path): {"tables": tables, "queries": queries}},
    }


def hidden_columns_css() -> str:
    """CSS hiding the internal columns in the HTML tables (they stay in JSON and CSV)."""
    rules = [f".table-{table} .col-{column}" for table, options in settings()["tables"].items()
             for column in options.get("hidden_columns", ())]
    return ", ".join(rules) + " { display: none; }\n" if rules else ""


def app(db_path: str | os.PathLike) -> Datasette:
    """A Datasette over one claims database, read-only, with this module's plugin."""
    path = os.fspath(db_path)
    with Store(path, readonly=True):  # one line if it is not a claims database
        pass
    if not pm.has_plugin(PLUGIN_NAME):
        pm.register(sys.modules[__name__], name=PLUGIN_NAME)
    wal = Path(path + "-wal")
    writing = wal.exists() and wal.stat().st_size > 0
    return Datasette(files=[path] if writing else [], immutables=[] if writing else [path],
                     metadata=metadata(path), template_dir=str(TEMPLATES),
                     settings={"sql_time_limit_ms": 3000})


def run(db_path: str, host: str, port: int, announce=print) -> None:
    """Serve until interrupted. The socket is bound first, so a port in use is a one-line
    error and port 0 takes a free one; ``announce`` gets the URL once it listens."""
    datasette = app(db_path)
    asyncio.run(datasette.invoke_startup())
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a restart need not wait
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise OptionError("--port", f"cannot listen on {host}:{port} ({e.strerror or e})") from e
    sock.listen(128)  # connections wait in the backlog from now: the URL announced answers
    bound = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(datasette.app(), log_level="warning", lifespan="on"))
    shown = f"[{host}]" if ":" in host else host
    announce(f"http://{shown}:{bound}/ serves {db_path} read-only (Ctrl-C stops)")
    server.run(sockets=[sock])


# --- the timeline pages -----------------------------------------------------------------

@lru_cache(maxsize=4)
def _timelines(path: str, stamp: tuple[int, int]) -> tuple[Timeline, ...]:
    """Every quantity's timeline, computed once per file state (``stamp``: its size and
    modification time, so a file ingested again is read again). The reconcile engine and
    matplotlib load here, at the first timeline asked for, not at start-up."""
    from . import timeline

    with Store(path, readonly=True) as store:
        return tuple(timeline.timeline(store, q) for q in timeline.quantities(store))


def timelines_of(path: str) -> tuple[Timeline, ...]:
    return _timelines(path, _stamp(path))


@lru_cache(maxsize=4)
def _names(path: str, stamp: tuple[int, int]) -> dict[str, str]:
    with Store(path, readonly=True) as store:
        return {row["id"]: row["name"] for row in store.db.query("select id, name from entities")}


def _stamp(path: str) -> tuple[int, int]:
    stat = os.stat(path)
    return (stat.st_size, stat.st_mtime_ns)


def _database(datasette: Datasette):
    return next(db for name, db in datasette.databases.items() if name != "_internal" and db.path)


def _find(datasette: Datasette, request) -> Timeline:
    wanted = request.args.get("q", "")
    for item in timelines_of(_database(datasette).path):
        if item.label == wanted:
            return item
    raise OptionError("q", f"no quantity {wanted!r} reported twice or more (see /-/timelines)")


async def _timelines_page(datasette: Datasette, request) -> Response:
    items = timelines_of(_database(datasette).path)
    return Response.html(await datasette.render_template(
        "timelines.html", {"timelines": items, "quote": urllib.parse.quote}, request=request))


async def _timeline_page(datasette: Datasette, request) -> Response:
    try:
        item = _find(datasette, request)
    except EngineError as error:
        return Response.html(await datasette.render_template(
            "timelines.html", {"timelines": (), "error": one_line(error)}, request=request), status=404)
    return Response.html(await datasette.render_template("timeline.html", {
        "timeline": item, "quote": urllib.parse.quote, "database": _database(datasette).name,
    }, request=request))


async def _timeline_image(datasette: Datasette, request) -> Response:
    from . import plot

    fmt = request.url_vars["format"]
    try:
        body = plot.render(_find(datasette, request), fmt, output=f"timeline.{fmt}")
    except EngineError as error:
        return Response.text(one_line(error), status=404)
    kind = "image/svg+xml" if fmt == "svg" else "image/png"
    return Response(body, content_type=kind, headers={"cache-control": "max-age=60"})


async def _css(datasette: Datasette, request) -> Response:
    return Response(hidden_columns_css() + _QUERY_CSS, content_type="text/css; charset=utf-8")


# The side-by-side page: the two evidence sentences wide enough to read.
_QUERY_CSS = ".col-a_sentence, .col-b_sentence { min-width: 22em; }\n.col-explanation { min-width: 14em; }\n"


# --- Datasette's hooks: this module is the plugin (app() registers it) -----------------

@hookimpl
def prepare_connection(conn) -> None:
    # The store's search form and alias keys, so canned queries match any script and case.
    conn.create_function("claims_norm", 1, lambda t: None if t is None else normalize(str(t)), deterministic=True)
    conn.create_function("claims_key", 1, lambda t: None if t is None else name_key(str(t)), deterministic=True)


@hookimpl
def register_routes():
    return [
        (r"^/-/claims\.css$", _css),
        (r"^/-/timelines$", _timelines_page),
        (r"^/-/timeline$", _timeline_page),
        (r"^/-/timeline\.(?P<format>png|svg)$", _timeline_image),
    ]


@hookimpl
def asgi_wrapper():
    """Read-only at the door: any method but GET and HEAD is refused before Datasette sees it
    (the database is immutable as well; this keeps the answer a plain 405)."""
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD"):
                await Response.text("claims serve is read-only: only GET and HEAD are answered",
                                    status=405, headers={"allow": "GET, HEAD"}).asgi_send(send)
                return
            await app(scope, receive, send)
        return read_only
    return wrap


@hookimpl
def render_cell(value, column, table, database, datasette):
    """A cell of a [links] column, on the claims table or in a query, links to its row; an
    entity id shows the entity's name with it (payer, payee and attributed_to are ids)."""
    target = settings()["links"].get(column)
    if target is None or value in (None, "") or table not in (None, "claims"):
        return None
    href = f"/{tilde_encode(database)}/{target}/{tilde_encode(str(value))}"
    name = _names(_database(datasette).path, _stamp(_database(datasette).path)).get(value) \
        if target == "entities" else None
    shown = f"{escape(name)} <small>{escape(str(value))}</small>" if name and name != value else escape(str(value))
    return Markup(f'<a href="{href}">{shown}</a>')


@hookimpl
def extra_css_urls():
    return ["/-/claims.css"]


@hookimpl
def menu_links(datasette):
    name = tilde_encode(_database(datasette).name)
    return [{"href": f"/{name}/conflicts_side_by_side", "label": "Conflicts, side by side"},
            {"href": "/-/timelines", "label": "Timelines"}]
