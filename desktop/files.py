"""New, open, save, recent files, autosave and crash recovery for the main window.

The study on disk is written only by an explicit save (atomic, with ``.bak``); unsaved work
is autosaved a few seconds after each edit to ``<file>.autosave`` (or, for a study without a
file of its own — new, imported, the shipped example — to ``untitled.weegwijzer.json.autosave``
in the user's data folder). A clean save or a deliberate discard removes the autosave; one
left behind means a crash, and opening that study again offers to recover it. The shipped
example is never overwritten: saving it asks for a new file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.state import StudyState
from projects.commands import ReplaceStudy
from projects.example import is_example
from projects.study import Study
from projects.study_file import (
    SUFFIX,
    StudyFileError,
    discard_autosave,
    load_study,
    recoverable_autosave,
    save_study,
    write_autosave,
)

AUTOSAVE_DELAY_MS = 5000
MAX_RECENT = 8
_RECENT_KEY = "recent_files"
IMPORTABLE = (".xlsx", ".csv")


def untitled_path() -> Path:
    """The stand-in file whose autosave protects a study that has no file of its own."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"untitled{SUFFIX}"


def recent_files() -> list[Path]:
    value = QSettings().value(_RECENT_KEY, []) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(p) for p in paths if Path(p).exists()]


def _remember(path: Path) -> None:
    paths = [str(path.resolve())] + [
        str(p) for p in recent_files() if p.resolve() != path.resolve()
    ]
    QSettings().setValue(_RECENT_KEY, paths[:MAX_RECENT])


def read_file(path: Path, lang: str) -> tuple[Study, Path | None]:
    """A study and the file it belongs to: a study file is its own file; a workbook or CSV
    is imported into a new study without one. Raises ``StudyFileError``, ``ValueError``
    (import problems, in ``lang``), ``ImportError`` (importer not installed) or ``OSError``."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from projects.excel_import import ExcelImportError, import_workbook

        try:
            return import_workbook(path), None
        except ExcelImportError as exc:
            raise ValueError(exc.text(lang)) from None
    if suffix == ".csv":
        from projects.csv_import import CsvImportError, import_csv

        try:
            return import_csv(path), None
        except CsvImportError as exc:
            raise ValueError(exc.text(lang)) from None
    return load_study(path), path


class FileController(QObject):
    """The file side of the window; dialogs are parented to ``window``."""

    recent_changed = Signal()
    status = Signal(str)

    def __init__(self, state: StudyState, window: QWidget) -> None:
        super().__init__(window)
        self.state, self.window = state, window
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.autosave_now)
        state.undo_stack.indexChanged.connect(self._edited)

    # --- autosave ---------------------------------------------------------------------------
    def autosave_target(self) -> Path:
        """The file the autosave belongs to."""
        path = self.state.path
        if path is None or is_example(path) or path.suffix.lower() in IMPORTABLE:
            return untitled_path()
        return path

    def _edited(self, _index: int = 0) -> None:
        if self.state.undo_stack.isClean():
            self._autosave.stop()
        else:
            self._autosave.start()

    def autosave_now(self) -> None:
        self._autosave.stop()
        if not self.state.undo_stack.isClean():
            try:
                write_autosave(self.state.study, self.autosave_target())
            except OSError as exc:
                self.status.emit(self.tr("Autosave failed: %1").replace("%1", str(exc)))

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosave of the current study; True if restored."""
        auto = recoverable_autosave(self.autosave_target())
        if auto is None:
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Recover unsaved work?"),
            self.tr(
                "Weegwijzer was closed without saving your last changes. "
                "Recover them from the automatic backup?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            discard_autosave(self.autosave_target())
            return False
        try:
            recovered = load_study(auto)
        except StudyFileError as exc:
            self._error(self.tr("The automatic backup cannot be read."), exc.text(self.state.lang))
            return False
        self.state.push(ReplaceStudy(study=recovered))
        self.status.emit(self.tr("Unsaved work recovered; save to keep it."))
        return True

    # --- prompts ----------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means: cancel what you were doing."""
        if self.state.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("The study has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._autosave.stop()
            discard_autosave(self.autosave_target())
            return True
        return False

    def _error(self, what: str, detail: str) -> None:
        QMessageBox.warning(self.window, self.tr("Weegwijzer"), f"{what}\n\n{detail}")

    # --- actions ----------------------------------------------------------------------------
    def new(self) -> None:
        if self.maybe_save():
            self.state.replace(Study(), None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open study"),
            str(Path.home()),
            self.tr("Studies and workbooks (*.json *.xlsx *.csv);;All files (*)"),
        )
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a study file, or import a workbook / CSV as a new untitled study."""
        if ask and not self.maybe_save():
            return False
        try:
            study, own_path = read_file(path, self.state.lang)
        except StudyFileError as exc:
            self._error(self.tr("This file cannot be opened."), exc.text(self.state.lang))
            return False
        except ImportError:
            self._error(self.tr("Importing workbooks is not available in this version."), str(path))
            return False
        except (OSError, ValueError) as exc:
            self._error(self.tr("This file cannot be opened."), f"{path}: {exc}")
            return False
        self.state.replace(study, own_path)
        if own_path is not None:
            _remember(own_path)
            self.recent_changed.emit()
            self.offer_recovery()
        return True

    def save(self) -> bool:
        path = self.state.path
        if path is None or is_example(path) or path.suffix.lower() in IMPORTABLE:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        start = self.state.path.parent if self.state.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save study as"),
            str(start / f"{self.state.study.id}{SUFFIX}"),
            self.tr("Weegwijzer studies (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + SUFFIX)
        if is_example(path):
            self._error(self.tr("The shipped example cannot be overwritten."), str(path))
            return False
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        previous_autosave = self.autosave_target()
        try:
            save_study(self.state.study, path)
        except OSError as exc:
            self._error(self.tr("The study could not be saved."), f"{path}: {exc.strerror or exc}")
            return False
        self._autosave.stop()
        discard_autosave(previous_autosave)
        self.state.set_path(path)
        self.state.undo_stack.setClean()
        discard_autosave(path)
        _remember(path)
        self.recent_changed.emit()
        self.status.emit(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def closing(self) -> bool:
        """The window wants to close: True if it may."""
        if not self.maybe_save():
            return False
        self._autosave.stop()
        discard_autosave(self.autosave_target())  # saved, discarded, or never changed
        return True
