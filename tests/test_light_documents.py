"""`claims mentions` reads Articles (claims.documents, light=True): the Document's fields without
pydantic. The two must agree field by field, whole and in parts."""

import os
import subprocess
import sys
from pathlib import Path

from claims import SEEDS_DIR
from claims.documents import Article, iter_documents, parts
from core.schema import Document

ROOT = Path(__file__).resolve().parent.parent


def test_an_article_has_the_documents_fields_and_defaults():
    assert Article._fields == tuple(Document.model_fields)
    for name, default in Article._field_defaults.items():
        assert Document.model_fields[name].default == default, name


def test_articles_are_the_documents_in_whole_and_in_parts():
    for document, article in zip(iter_documents([str(SEEDS_DIR)]), iter_documents([str(SEEDS_DIR)], light=True),
                                 strict=True):
        assert tuple(document.model_dump().values()) == tuple(article)
        for whole, light in zip(parts(document, 2_000), parts(article, 2_000), strict=True):
            assert (whole.offset, whole.context, whole.document.text) == (light.offset, light.context,
                                                                          light.document.text)
            assert whole.mentions() == light.mentions()


def test_mentions_never_imports_pydantic():
    code = ("import sys, runpy; sys.argv = ['claims', 'mentions', '-']\n"
            "try: runpy.run_module('claims', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "print('pydantic' in sys.modules, 'cn2an' in sys.modules, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], input="Meta向Scale AI投资148億美元，两千万元".encode(),
                         capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, check=True)
    assert out.stderr.decode().split() == ["False", "False"]
