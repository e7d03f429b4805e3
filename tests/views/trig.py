"""TriG scaffolding for view tests that build small stores by hand: the prefixes, a reference
graph of states, one article graph with its evidence sentence, and the summarised store."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import trig_folder

from diplograph.cli import main

PREFIXES = """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix dgt: <https://w3id.org/diplograph/topic/> .
@prefix id: <https://w3id.org/diplograph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
"""


def reference(*states: str) -> str:
    """The prefixes and a reference graph naming ``states`` (lower-case keys, labelled in English)."""
    lines = "".join(f'  id:state\\/{s} a dg:State ; rdfs:label "{s.capitalize()}"@en .\n' for s in states)
    return f"{PREFIXES}id:graph\\/reference {{\n{lines}}}\n"


def article(name: str, title: str, day: str, text: str, body: str) -> str:
    """The graph of article ``name``: its title, date and text, one evidence sentence
    (``id:evidence/NAME``) and the facts in ``body``."""
    return f"""id:article\\/{name} {{
  id:article\\/{name} a dg:Article ; dcterms:title "{title}" ;
    schema:url "https://news.example/{name}"^^xsd:anyURI ; dcterms:issued "{day}"^^xsd:date ;
    dg:content "{text}" .
  id:evidence\\/{name} a dg:Evidence ; dg:text "{text}" ; dg:start 0 ;
    prov:wasDerivedFrom id:article\\/{name} .
  {body}
}}
"""


def summarised_store(tmp_path: Path, runner: CliRunner, trig: str, name: str) -> Path:
    """A store folder loaded from the TriG text ``trig`` (written to ``NAME.trig``), with its summary."""
    source = tmp_path / f"{name}.trig"
    source.write_text(trig, encoding="utf-8")
    folder = trig_folder(tmp_path / "store", source)
    result = runner.invoke(main, ["summary", "--store", str(folder)])
    assert result.exit_code == 0, result.output
    return folder
