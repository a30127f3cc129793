"""The Export menu: the Excel workbook, a picture of the current view, the PDF report.

The workbook writer (``projects.excel_export``) and the report (``desktop.report``) are
imported when used, so the window opens fast; a build without them says so instead of failing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.state import StudyState
from projects.evaluation import EvaluationError


class Exporter(QObject):
    """Export actions of the window; ``status`` reports what was written."""

    status = Signal(str)

    def __init__(self, state: StudyState, window: QWidget) -> None:
        super().__init__(window)
        self.state, self.window = state, window

    def _ask_path(self, title: str, filters: dict[str, str]) -> Path | None:
        """A path chosen in the save dialog offering ``filters`` (filter text -> suffix): the
        typed suffix when it is one of them, else the suffix of the chosen filter is added."""
        suffixes = list(filters.values())
        start = self.state.path.parent if self.state.path else Path.home()
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(start / f"{self.state.study.id}{suffixes[0]}"),
            ";;".join(filters),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() in suffixes:
            return path
        return path.with_name(path.name + filters.get(chosen, suffixes[0]))

    def _problem(self, what: str, detail: str = "") -> None:
        QMessageBox.warning(self.window, self.tr("Export"), f"{what}\n\n{detail}")

    def _done(self, path: Path) -> None:
        self.status.emit(self.tr("Exported %1").replace("%1", str(path)))

    def excel(self) -> None:
        try:
            from projects.excel_export import export_workbook
        except ImportError:
            self._problem(self.tr("Excel export is not available in this version."))
            return
        path = self._ask_path(
            self.tr("Export to Excel"), {self.tr("Excel workbooks (*.xlsx)"): ".xlsx"}
        )
        if path is None:
            return
        try:
            export_workbook(
                self.state.study,
                path,
                scenario=self.state.study.active_scenario,
                method=self.state.method,
                lang=self.state.lang,
            )
        except (EvaluationError, OSError) as exc:
            self._problem(self.tr("The workbook could not be written."), str(exc))
            return
        self._done(path)

    def picture(self, view: QWidget) -> None:
        """``view.export_image`` (every tab of the window has one) into a chosen PNG or SVG."""
        path = self._ask_path(
            self.tr("Save picture"),
            {self.tr("PNG pictures (*.png)"): ".png", self.tr("SVG drawings (*.svg)"): ".svg"},
        )
        if path is None:
            return
        try:
            view.export_image(path)
        except OSError as exc:
            self._problem(self.tr("The picture could not be written."), str(exc))
            return
        self._done(path)

    def report(self) -> None:
        try:
            from desktop.report import write_report
        except ImportError:
            self._problem(self.tr("The PDF report is not available in this version."))
            return
        path = self._ask_path(self.tr("Save report"), {self.tr("PDF documents (*.pdf)"): ".pdf"})
        if path is None:
            return
        try:
            write_report(self.state, path)
        except (EvaluationError, OSError) as exc:
            self._problem(self.tr("The report could not be written."), str(exc))
            return
        self._done(path)
