"""The main window: criteria panel (left), the Scores tab and the analysis views, the method
and scenario in the toolbar, the study's disclaimer on top and ranking problems below.

Switching language rebuilds the widgets (they read their texts when built); the study, its
undo history and the file stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from criteria.text import Text
from desktop import i18n
from desktop.exports import Exporter
from desktop.files import IMPORTABLE, FileController, recent_files
from desktop.naming import new_id
from desktop.panels.criteria_panel import CriteriaPanel
from desktop.panels.scores_panel import ScoresPanel
from desktop.state import StudyState
from desktop.views import create_views
from desktop.views.groups import GROUP_OF, ViewGroup
from projects.commands import AddScenario, RemoveScenario, RenameScenario, SetActiveScenario
from projects.study import METHODS, Scenario

PRESENTATION_SCALE = 1.5
STATUS_MS = 8000
WEIGHTS_DOCK_SHARE = 0.45
BANNER_BACKGROUND, BANNER_TEXT = "#fff3cd", "#5c4400"
FAILURE_TEXT = "#b35806"
OPENABLE = (".json", *IMPORTABLE)


class MainWindow(QMainWindow):
    """Weegwijzer's window over one ``StudyState``."""

    def __init__(self, state: StudyState, remember: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.remember = remember
        self.files = FileController(state, self)
        self.exports = Exporter(state, self)
        self._base_font = self.font()
        self._presenting = False
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._build()
        if state.parent() is None:
            state.setParent(self)
        state.path_changed.connect(self._update_title)
        state.study_changed.connect(self._study_changed)
        state.undo_stack.cleanChanged.connect(self._update_title)
        state.ranking_changed.connect(self._update_status)
        state.method_changed.connect(self._sync_selectors)
        self.files.recent_changed.connect(self._fill_recent)
        for source in (self.files, self.exports):
            source.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        if remember:
            settings = QSettings()
            self.restoreGeometry(settings.value("window/geometry", b""))
            self.restoreState(settings.value("window/state", b""))

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        """(Re)create every widget in the current language."""
        previous_tab = self.current_view_key() if hasattr(self, "tabs") else "scores"
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        if hasattr(self, "dock"):
            self.removeDockWidget(self.dock)
            self.dock.deleteLater()
        if hasattr(self, "ranking_label"):
            self.statusBar().removeWidget(self.ranking_label)
            self.ranking_label.deleteLater()
        self.menuBar().clear()
        for menu in getattr(self, "_top_menus", []):
            menu.deleteLater()

        self.criteria = CriteriaPanel(self.state)
        self.dock = QDockWidget(self.tr("Criteria and weights"), self)
        self.dock.setObjectName("criteria_dock")
        self.dock.setWidget(self.criteria)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
        self._actions()
        self._menus()
        self._toolbar()

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.setAutoFillBackground(True)
        banner_colours = self.banner.palette()  # a palette, not a style sheet: keeps the font
        banner_colours.setColor(QPalette.ColorRole.Window, QColor(BANNER_BACKGROUND))
        banner_colours.setColor(QPalette.ColorRole.WindowText, QColor(BANNER_TEXT))
        self.banner.setPalette(banner_colours)
        self.scores = ScoresPanel(self.state)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scores, self.scores.title())
        self._views = {"scores": self.scores}
        self._groups: dict[str, ViewGroup] = {}  # by view key, for grouped views
        for key, widget in create_views(self.state, self.tabs):
            self._views[key] = widget
            group_key = GROUP_OF.get(key)
            if group_key is None:
                self.tabs.addTab(widget, widget.title())
                continue
            group = next((g for g in self._groups.values() if g.key == group_key), None)
            if group is None:
                group = ViewGroup(group_key)
                self.tabs.addTab(group, group.title())
            group.add_view(widget)
            self._groups[key] = group
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        for i in range(min(9, self.tabs.count())):
            key = QKeySequence(f"Ctrl+{i + 1}")
            QShortcut(key, self.tabs, activated=lambda i=i: self.tabs.setCurrentIndex(i))

        self.ranking_label = QLabel()
        self.ranking_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ranking_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.ranking_label, 1)
        self._fill_recent()
        self._study_changed()
        self._update_status()
        self.show_view(previous_tab if previous_tab in self._views else "scores")

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self._actions_owner)
        action.triggered.connect(slot)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        return action

    def _actions(self) -> None:
        if hasattr(self, "_actions_owner"):
            self._actions_owner.deleteLater()
        self._actions_owner = QObject(self)  # the actions of one build, deleted with it
        S = QKeySequence.StandardKey
        f = self.files
        self.act_new = self._action(self.tr("&New"), f.new, S.New)
        self.act_open = self._action(self.tr("&Open…"), f.open_dialog, S.Open)
        self.act_save = self._action(self.tr("&Save"), f.save, S.Save)
        self.act_save_as = self._action(self.tr("Save &as…"), f.save_as, S.SaveAs)
        self.act_quit = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.act_export_excel = self._action(self.tr("&Excel workbook…"), self.exports.excel)
        self.act_export_png = self._action(
            self.tr("&Picture of this view (PNG)…"),
            lambda: self.exports.picture(self.current_view()),
            "Ctrl+Shift+E",
        )
        self.act_export_pdf = self._action(
            self.tr("&Report (PDF)…"), self.exports.report, "Ctrl+Shift+R"
        )
        self.act_undo = self.state.undo_stack.createUndoAction(
            self._actions_owner, self.tr("&Undo")
        )
        self.act_undo.setShortcuts(QKeySequence.keyBindings(S.Undo))
        self.act_redo = self.state.undo_stack.createRedoAction(
            self._actions_owner, self.tr("&Redo")
        )
        self.act_redo.setShortcuts(QKeySequence.keyBindings(S.Redo))
        self.act_new_scenario = self._action(
            self.tr("New &scenario from these weights…"), self.new_scenario
        )
        self.act_rename_scenario = self._action(
            self.tr("&Rename this scenario…"), self.rename_scenario
        )
        self.act_delete_scenario = self._action(
            self.tr("&Delete this scenario"), self.delete_scenario
        )
        self.act_present = self._action(
            self.tr("&Presentation mode"),
            self.toggle_presentation,
            ["F11", "Ctrl+Shift+P"],
            self.tr("Full screen with larger text, for a projector"),
        )
        self.act_present.setCheckable(True)
        self.act_present.setChecked(self._presenting)
        self.languages = QActionGroup(self._actions_owner)
        self.act_languages = {}
        for lang, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self._actions_owner, checkable=True)
            action.setChecked(lang == self.state.lang)
            action.triggered.connect(lambda _c=False, code=lang: self.set_language(code))
            self.languages.addAction(action)
            self.act_languages[lang] = action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        edit = bar.addMenu(self.tr("&Edit"))
        view = bar.addMenu(self.tr("&View"))
        self._top_menus = [file_menu, edit, view]
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as])
        export = file_menu.addMenu(self.tr("&Export"))
        export.addActions([self.act_export_excel, self.act_export_png, self.act_export_pdf])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_new_scenario, self.act_rename_scenario, self.act_delete_scenario])
        view.addAction(self.act_present)
        panel = self.dock.toggleViewAction()
        panel.setText(self.tr("&Criteria panel"))
        view.addAction(panel)
        language = view.addMenu(self.tr("&Language"))
        language.addActions(list(self.act_languages.values()))

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.addActions([self.act_open, self.act_save, self.act_undo, self.act_redo])
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Method:") + " "))
        self.method_box = QComboBox()
        names = {
            "weighted_sum": self.tr("Weighted sum"),
            "topsis": self.tr("TOPSIS"),
            "promethee_ii": self.tr("PROMETHEE II"),
            "vikor": self.tr("VIKOR"),
        }
        for method in METHODS:
            self.method_box.addItem(names[method], method)
        self.method_box.setToolTip(self.tr("How the weighted scores become a ranking"))
        self.method_box.currentIndexChanged.connect(self._method_chosen)
        bar.addWidget(self.method_box)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Scenario:") + " "))
        self.scenario_box = QComboBox()
        self.scenario_box.setToolTip(self.tr("The set of weights in use"))
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        bar.addWidget(self.scenario_box)
        bar.addSeparator()
        bar.addAction(self.act_present)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # --- keeping up with the study -----------------------------------------------------------
    def _study_changed(self, *_args) -> None:
        study, lang = self.state.study, self.state.lang
        self.banner.setText(study.disclaimer.get(lang))
        self.banner.setVisible(bool(study.disclaimer))
        self._sync_selectors()
        self._update_title()

    def _sync_selectors(self, *_args) -> None:
        study, lang = self.state.study, self.state.lang
        self.method_box.blockSignals(True)
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(self.state.method)))
        self.method_box.blockSignals(False)
        items = [(s.name.get(lang), s.id) for s in study.scenarios]
        box = self.scenario_box
        box.blockSignals(True)
        if items != [(box.itemText(i), box.itemData(i)) for i in range(box.count())]:
            box.clear()
            for name, scenario_id in items:
                box.addItem(name, scenario_id)
        box.setCurrentIndex(box.findData(study.active_scenario))
        self.act_delete_scenario.setEnabled(len(study.scenarios) > 1)
        box.blockSignals(False)

    def _method_chosen(self, _index: int) -> None:
        self.state.set_method(self.method_box.currentData())

    def _scenario_chosen(self, _index: int) -> None:
        chosen = self.scenario_box.currentData()
        if chosen and chosen != self.state.study.active_scenario:
            self.state.push(SetActiveScenario(scenario_id=chosen))

    def new_scenario(self) -> None:
        """Save the current weights under a new name and make that scenario active."""
        name, ok = QInputDialog.getText(self, self.tr("New scenario"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        study = self.state.study
        scenario = Scenario(
            new_id(name, {s.id for s in study.scenarios}, "scenario"),
            Text(name.strip(), name.strip()),
            weights=dict(study.scenario().weights),
        )
        self.state.push(AddScenario(scenario=scenario))

    def rename_scenario(self) -> None:
        """Rename the active scenario in the current language (the other language follows
        where it was the same name or empty)."""
        study, lang = self.state.study, self.state.lang
        scenario = study.scenario()
        old = scenario.name.get(lang)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename scenario"), self.tr("Name:"), QLineEdit.EchoMode.Normal, old
        )
        name = name.strip()
        if not ok or not name or name == old:
            return
        other = "nl" if lang == "en" else "en"
        texts = {lang: name, other: getattr(scenario.name, other)}
        if texts[other] in ("", old):
            texts[other] = name
        self.state.push(RenameScenario(scenario_id=scenario.id, name=Text(**texts)))

    def delete_scenario(self) -> None:
        study = self.state.study
        if len(study.scenarios) > 1:
            self.state.push(RemoveScenario(scenario_id=study.active_scenario))

    def _update_title(self, *_args) -> None:
        path = self.state.path
        name = path.name if path else self.tr("untitled")
        title = self.state.study.title.get(self.state.lang)
        self.setWindowTitle(f"{title} — {name}[*] — Weegwijzer")
        self.setWindowModified(not self.state.undo_stack.isClean())

    def _update_status(self, *_args) -> None:
        ranking = self.state.ranking
        if ranking is None:
            failure = self.state.failure or self.tr("no ranking")
            self.ranking_label.setText(self.tr("No ranking: %1").replace("%1", failure))
            self._status_colour(FAILURE_TEXT)
            self.ranking_label.setToolTip(failure)
            return
        parts = [self.tr("Ranked: %1").replace("%1", str(len(ranking.candidate_ids)))]
        if ranking.excluded:
            parts.append(self.tr("left out: %1").replace("%1", str(len(ranking.excluded))))
        if ranking.warnings:
            parts.append(self.tr("warnings: %1").replace("%1", str(len(ranking.warnings))))
            parts.append(ranking.warnings[0])
        self.ranking_label.setText(" · ".join(parts))
        self._status_colour(BANNER_TEXT if ranking.warnings else None)
        study, lang = self.state.study, self.state.lang
        details = [
            f"{study.candidate(e.candidate_id).name.get(lang)}: {e.text(lang)}"
            for e in ranking.excluded
        ]
        self.ranking_label.setToolTip("\n".join([*details, *ranking.warnings]))

    def _status_colour(self, colour: str | None) -> None:
        palette = self.statusBar().palette()
        if colour:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.ranking_label.setPalette(palette)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(paths))

    # --- views ------------------------------------------------------------------------------
    def view_keys(self) -> list[str]:
        return list(self._views)

    def current_view(self) -> QWidget:
        """The view on show (inside its group's tab, for a grouped view)."""
        current = self.tabs.currentWidget()
        return current.currentWidget() if isinstance(current, ViewGroup) else current

    def current_view_key(self) -> str:
        current = self.current_view()
        return next((k for k, w in self._views.items() if w is current), "scores")

    def show_view(self, key: str) -> bool:
        """Bring view ``key`` forward ("weights" focuses the criteria panel); False if absent."""
        if key == "weights":
            self.dock.show()
            self.dock.raise_()
            width = int(self.width() * WEIGHTS_DOCK_SHARE)
            self.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            self.criteria.tree.setFocus()
            if self.state.study.criteria.roots:
                self.criteria.select(self.state.study.criteria.roots[0].id)
            return True
        widget = self._views.get(key)
        if widget is None:
            return False
        group = self._groups.get(key)
        if group is not None:
            group.setCurrentWidget(widget)
        self.tabs.setCurrentWidget(group or widget)
        return True

    # --- language and presentation -----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.state.lang:
            return
        i18n.install(lang)
        if self.remember:
            i18n.remember_language(lang)
        self.state.set_language(lang)
        window_state = self.saveState()
        self._build()
        self.restoreState(window_state)

    def toggle_presentation(self) -> None:
        """Full screen with text ``PRESENTATION_SCALE`` times larger, or back."""
        self._presenting = not self._presenting
        if self._presenting:
            self._base_font = self.font()
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * PRESENTATION_SCALE)
            self.setFont(font)
            self.showFullScreen()
        else:
            self.setFont(self._base_font)
            self.showNormal()
        self.act_present.setChecked(self._presenting)

    @property
    def presenting(self) -> bool:
        return self._presenting

    # --- window events ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    @staticmethod
    def _dropped_file(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in OPENABLE else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.closing():
            event.ignore()
            return
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
        event.accept()
