"""The templates, stylesheet and scripts the pages are made of (package data under templates/)."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup


@cache
def environment() -> Environment:
    """Jinja with autoescaping on: every value from a record is escaped unless marked up on purpose."""
    return Environment(loader=PackageLoader("newsclaims.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


@cache
def asset(name: str) -> str:
    """One file of templates/ as text."""
    return files("newsclaims.report").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def script(name: str) -> tuple[Markup, str]:
    """A page's own script and its hash for the Content-Security-Policy (`script-src 'sha256-...'`)."""
    text = asset(name)
    return Markup(text), base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def css() -> Markup:
    return Markup(asset("report.css"))
