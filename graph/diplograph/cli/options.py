"""Options and error handling shared by the commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
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
    help="Folder of the embedded store (env DIPLOGRAPH_STORE).",
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
