"""Options and error handling shared by the commands."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from diplograph.errors import DiplographError

F = TypeVar("F", bound=Callable[..., Any])

store_option = click.option(
    "--store",
    "store",
    type=click.Path(file_okay=False),
    envvar="DIPLOGRAPH_STORE",
    default="diplograph-store",
    show_default=True,
    help="Folder of the embedded store, or the URL of a SPARQL server (env DIPLOGRAPH_STORE; "
    "docs/remote-store.md).",
)


def friendly_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit 1; a closed pipe into a quiet abort."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from exc
        except BrokenPipeError as exc:
            raise click.Abort() from exc

    return wrapper  # type: ignore[return-value]


#: Environment variable holding the bearer token of ``diplograph serve --allow-update``.
TOKEN_ENV = "DIPLOGRAPH_TOKEN"


def env_token() -> str | None:
    """The bearer token from :data:`TOKEN_ENV`, if set (kept off command lines, which ps shows)."""
    return os.environ.get(TOKEN_ENV) or None


def token_file_option(help: str) -> Callable[[F], F]:
    """The ``--token-file`` option (a path, read by :func:`read_token`), with the command's own
    ``help``: one declaration, so the name :func:`read_token` reports errors under stays its own."""
    return click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), help=help)


def read_token(token_file: Path | None) -> str:
    """The bearer token from ``token_file`` or :data:`TOKEN_ENV`; at least 16 characters."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            message = f"cannot read {token_file}: {exc.strerror}"
            raise click.BadParameter(message, param_hint="--token-file") from exc
    else:
        token = env_token() or ""
        if not token:
            raise click.UsageError(f"give the bearer token with --token-file or the {TOKEN_ENV} variable")
    if len(token) < 16:
        raise click.BadParameter("the bearer token must have at least 16 characters")
    return token
