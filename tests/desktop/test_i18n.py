"""Translations: complete, loaded per language, and the choice remembered."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import i18n


def test_every_dutch_text_is_translated():
    for ts in i18n.translations_dir().glob("*_nl.ts"):
        unfinished = [
            m.findtext("source")
            for m in ET.parse(ts).iter("message")
            if m.find("translation").get("type") == "unfinished"
            or not (m.findtext("translation") or "").strip()
        ]
        assert unfinished == [], f"{ts.name}: untranslated {unfinished}"
        assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled"


def test_install_loads_the_catalogues_of_the_language():
    loaded = i18n.install("nl")
    assert "app_nl.qm" in loaded
    assert QCoreApplication.translate("FileController", "Unsaved changes") == (
        "Niet-opgeslagen wijzigingen"
    )
    assert i18n.install("en") == []
    assert QCoreApplication.translate("FileController", "Unsaved changes") == "Unsaved changes"


def test_language_choice_is_remembered():
    assert i18n.saved_language() == "nl"  # Dutch by default
    i18n.remember_language("en")
    assert i18n.saved_language() == "en"


def _messages(ts) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of a Qt .ts file."""
    return {
        (context.findtext("name") or "", m.findtext("source")): m.findtext("translation") or ""
        for context in ET.parse(ts).iter("context")
        for m in context.iter("message")
    }


def _qt_sources() -> list[Path]:
    return sorted((Path(__file__).parents[2] / "desktop").rglob("*.py"))


def test_every_text_lupdate_finds_has_a_dutch_translation(tmp_path):
    """lupdate over desktop/ versus the shipped .ts files: no tr() context is forgotten."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    found = tmp_path / "found.ts"
    subprocess.run(
        [str(lupdate), *map(str, _qt_sources()), "-ts", str(found)],
        check=True,
        capture_output=True,
    )
    shipped: dict[tuple[str, str], str] = {}
    for ts in i18n.translations_dir().glob("*_nl.ts"):
        shipped.update(_messages(ts))
    needed = _messages(found)
    assert needed, "lupdate found no texts"
    assert not [key for key in needed if not key[0]], "tr() outside a class has no context"
    missing = sorted(key for key in needed if not shipped.get(key, "").strip())
    assert missing == [], f"untranslated (context, source): {missing}"


def test_translated_texts_are_literals_lupdate_can_see():
    """A tr()/translate() of a variable hides its text from lupdate (and from the .ts files)."""
    hidden = []
    for path in _qt_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            text = {"tr": 0, "translate": 1}.get(name)
            if text is None or len(node.args) <= text:
                continue
            if not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in node.args[: text + 1]
            ):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []


def test_report_portfolio_section_is_dutch(qapp):
    from desktop.report import ReportWriter
    from desktop.state import StudyState
    from projects.example import example_study

    assert "portfolio_nl.qm" in i18n.install("nl")
    html = ReportWriter(StudyState(example_study(), None, "nl"))._portfolio()
    assert ">Portefeuille binnen het budget</h2>" in html
    assert ">Gefinancierd<" in html and "Toegevoegde waarde" in html
