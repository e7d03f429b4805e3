"""``diplograph explain``: show why each fact was (or was not) read from an article."""

from __future__ import annotations

import datetime as dt

import click

from diplograph.article import read_article
from diplograph.cli import main
from diplograph.cli.options import friendly_errors
from diplograph.explain import explain
from diplograph.ingest.read import iter_inputs
from diplograph.resources import load_resources


@main.command("explain")
@click.argument("path")
@click.option("--lang", help="Language of the article; default: detected.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD).")
@friendly_errors
def explain_cmd(path: str, lang: str | None, published: dt.datetime | None) -> None:
    """Print each sentence with the mentions, dates, meetings and positions read from it.

    Every line names the gazetteer entry, pattern or lexicon phrase behind it; each sentence
    shows its clauses, the subject in force, and every stance cue with the lemma it fired on
    and whether the sentence states it.

    Example:

        diplograph explain data/samples/de-genf-gespraeche.txt
    """
    day = published.date() if published else None
    res = load_resources()
    for raw in iter_inputs([path], default_lang=lang, published=day):
        for line in explain(read_article(raw, res), res):
            click.echo(line)
