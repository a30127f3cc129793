"""Translations: complete, loaded per language, and the choice remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET

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
