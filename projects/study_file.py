"""Study files: JSON with a format version, validated on load, saved atomically.

Loading checks everything and reports *every* problem with its JSON path (``scores.BI-1.G1``)
in Dutch and English; nothing is half-loaded. Saving writes a temporary file in the same
folder, fsyncs it and renames it over the old file, keeping the previous version as ``.bak``,
so a crash or a kill mid-save never leaves a truncated study.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from criteria.constraints import Check, Constraint
from criteria.scales import FivePointScale, NumericScale, ScaleError, ValueFunction
from criteria.text import Text
from criteria.tree import CriteriaTree, Criterion, Node, Theme
from projects.problems import LocatedProblem, ProblemsError
from projects.study import (
    GROUP_KINDS,
    PORTFOLIO_BASELINES,
    Candidate,
    Dependency,
    Group,
    Participant,
    Scenario,
    Score,
    Settings,
    Source,
    Study,
)

FORMAT_VERSION = 1
SUFFIX = ".weegwijzer.json"
MAX_FILE_MB = 64
MAX_TREE_DEPTH = 16
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")

_NODE_FIELDS = ("id", "kind", "name", "description", "enabled", "source")
#: The fields ``study_to_dict`` writes, per kind of object. The reader refuses any other
#: field, so a misspelt or foreign field is reported instead of dropped (and lost on save).
FIELDS: dict[str, tuple[str, ...]] = {
    "study": (
        "format_version",
        "id",
        "title",
        "description",
        "disclaimer",
        "sources",
        "criteria",
        "constraints",
        "candidates",
        "scores",
        "checks",
        "scenarios",
        "active_scenario",
        "participants",
        "settings",
        "groups",
        "dependencies",
    ),
    "text": ("nl", "en"),
    "source": ("id", "title", "file"),
    "theme": (*_NODE_FIELDS, "children"),
    "criterion": (*_NODE_FIELDS, "direction", "scale"),
    "five_point": ("type",),
    "numeric": ("type", "unit", "lower", "upper", "value_function"),
    "linear": ("type",),
    "piecewise": ("type", "points"),
    "constraint": ("id", "name", "description", "criterion", "minimum", "enabled", "source"),
    "candidate": ("id", "name", "description", "area", "tags", "cost", "cost_range", "source"),
    "score": ("value", "rationale", "source"),
    "check": ("status", "note"),
    "scenario": ("id", "name", "description", "weights"),
    "participant": (
        "id",
        "name",
        "role",
        "weights",
        "organisation",
        "voice",
        "anonymous",
        "scores",
    ),
    "settings": ("method", "missing_policy", "cost_unit", "portfolio_baseline", "budget"),
    "group": ("id", "name", "kind", "members", "description"),
    "dependency": ("candidate", "requires"),
}


@dataclass(frozen=True)
class Problem(LocatedProblem):
    """One thing wrong in a study file: where (a JSON path) and what."""

    path: str
    key: str
    fields: dict

    def where(self, lang: str = "en") -> str:
        return self.path or super().where(lang)


class StudyFileError(ProblemsError):
    """A study file that cannot be loaded; ``problems`` lists every reason."""


# --------------------------------------------------------------------------------------------
# writing


def _text(t: Text) -> str | dict[str, str]:
    return {"nl": t.nl, "en": t.en} if t.en else t.nl


def _scale(scale) -> dict:
    if isinstance(scale, FivePointScale):
        return {"type": "five_point"}
    out: dict[str, Any] = {"type": "numeric", "unit": scale.unit}
    if scale.lower is not None:
        out["lower"] = scale.lower
    if scale.upper is not None:
        out["upper"] = scale.upper
    if scale.value_function is not None:
        vf = scale.value_function
        out["value_function"] = (
            {"type": "linear"}
            if vf.kind == "linear"
            else {"type": "piecewise", "points": [list(p) for p in vf.points]}
        )
    return out


def _node(node: Node) -> dict:
    common = {
        "id": node.id,
        "name": _text(node.name),
        "description": _text(node.description),
        "enabled": node.enabled,
        "source": node.source,
    }
    if isinstance(node, Theme):
        return {**common, "kind": "theme", "children": [_node(c) for c in node.children]}
    return {**common, "kind": "criterion", "direction": node.direction, "scale": _scale(node.scale)}


def _score_value(study: Study, criterion_id: str, value: float | None):
    if value is None:
        return None
    scale = study.criterion(criterion_id).scale
    return scale.format(value) if isinstance(scale, FivePointScale) else value


def _participant(study: Study, p: Participant) -> dict:
    """A participant's JSON; the workshop fields appear only when they differ from the default.
    Weights and own scores of themes, criteria or candidates deleted since are left out."""
    nodes = {n.id for n in study.criteria.nodes()}
    candidates = {c.id for c in study.candidates}
    weights = {k: v for k, v in p.weights.items() if k in nodes}
    out: dict[str, Any] = {"id": p.id, "name": p.name, "role": p.role, "weights": weights}
    if p.organisation:
        out["organisation"] = p.organisation
    if p.voice != 1.0:
        out["voice"] = p.voice
    if p.anonymous:
        out["anonymous"] = True
    if p.scores:
        scores: dict[str, dict] = {}
        for (cand, crit), value in p.scores.items():
            if cand in candidates and crit in nodes:
                scores.setdefault(cand, {})[crit] = _score_value(study, crit, value)
        out["scores"] = scores
    return out


def _portfolio_settings(settings: Settings) -> dict[str, Any]:
    """The portfolio settings that differ from the default (files stay unchanged otherwise)."""
    out: dict[str, Any] = {}
    if settings.portfolio_baseline != "neutral":
        out["portfolio_baseline"] = settings.portfolio_baseline
    if settings.budget is not None:
        out["budget"] = settings.budget
    return out


def study_to_dict(study: Study) -> dict:
    """The JSON document of ``study`` (format version ``FORMAT_VERSION``)."""
    scores: dict[str, dict] = {}
    for (cand, crit), s in study.scores.items():
        scores.setdefault(cand, {})[crit] = {
            "value": _score_value(study, crit, s.value),
            "rationale": _text(s.rationale),
            "source": s.source,
        }
    checks: dict[str, dict] = {}
    for (cand, con), c in study.checks.items():
        checks.setdefault(cand, {})[con] = {"status": c.status, "note": _text(c.note)}

    def minimum(con: Constraint):
        if con.minimum is None:
            return None
        return _score_value(study, con.criterion, con.minimum)

    return {
        "format_version": FORMAT_VERSION,
        "id": study.id,
        "title": _text(study.title),
        "description": _text(study.description),
        "disclaimer": _text(study.disclaimer),
        "sources": [{"id": s.id, "title": s.title, "file": s.file} for s in study.sources],
        "criteria": [_node(n) for n in study.criteria.roots],
        "constraints": [
            {
                "id": c.id,
                "name": _text(c.name),
                "description": _text(c.description),
                "criterion": c.criterion,
                "minimum": minimum(c),
                "enabled": c.enabled,
                "source": c.source,
            }
            for c in study.constraints
        ],
        "candidates": [
            {
                "id": c.id,
                "name": _text(c.name),
                "description": _text(c.description),
                "area": c.area,
                "tags": list(c.tags),
                "cost": c.cost,
                "cost_range": list(c.cost_range) if c.cost_range else None,
                "source": c.source,
            }
            for c in study.candidates
        ],
        "scores": scores,
        "checks": checks,
        "scenarios": [
            {
                "id": s.id,
                "name": _text(s.name),
                "description": _text(s.description),
                "weights": dict(s.weights),
            }
            for s in study.scenarios
        ],
        "active_scenario": study.active_scenario,
        "participants": [_participant(study, p) for p in study.participants],
        "settings": {
            "method": study.settings.method,
            "missing_policy": study.settings.missing_policy,
            "cost_unit": _text(study.settings.cost_unit),
            **_portfolio_settings(study.settings),
        },
        "groups": [
            {
                "id": g.id,
                "name": _text(g.name),
                "kind": g.kind,
                "members": list(g.members),
                "description": _text(g.description),
            }
            for g in study.groups
        ],
        "dependencies": [
            {"candidate": d.candidate, "requires": d.requires} for d in study.dependencies
        ],
    }


def dumps(study: Study) -> str:
    """Sorted, indented, diff-friendly JSON text of ``study``."""
    return json.dumps(study_to_dict(study), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _file_mode(target: Path) -> int:
    """The permissions a saved file keeps: the old file's, else what a new file gets (0666
    less the umask), so colleagues on a shared folder can still read it."""
    if target.exists():
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: str | os.PathLike, data: bytes, backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either the old or the new file."""
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(target.parent))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(target))
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def save_study(study: Study, path: str | os.PathLike) -> None:
    """Save atomically, keeping the previous file as ``<path>.bak``."""
    atomic_write(path, dumps(study).encode("utf-8"))


# --------------------------------------------------------------------------------------------
# autosave


def autosave_path(path: str | os.PathLike) -> Path:
    """Where unsaved work on ``path`` is autosaved: ``<name>.autosave`` beside it."""
    p = Path(path)
    return p.with_name(p.name + ".autosave")


def write_autosave(study: Study, path: str | os.PathLike) -> Path:
    """Autosave ``study`` (the work on ``path``); returns the autosave file."""
    target = autosave_path(path)
    atomic_write(target, dumps(study).encode("utf-8"), backup=False)
    return target


def recoverable_autosave(path: str | os.PathLike) -> Path | None:
    """An autosave of ``path`` newer than the file itself (unsaved work after a crash)."""
    auto, p = autosave_path(path), Path(path)
    if not auto.exists():
        return None
    if p.exists() and p.stat().st_mtime >= auto.stat().st_mtime:
        return None
    return auto


def discard_autosave(path: str | os.PathLike) -> None:
    autosave_path(path).unlink(missing_ok=True)


# --------------------------------------------------------------------------------------------
# reading


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object" if value else "an empty object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def dependency_path(requires: dict[str, list[str]], start: str, goal: str) -> list[str]:
    """The chain ``start`` -> ... -> ``goal`` along ``requires`` (depth first), or []."""
    stack, parent = [start], {start: ""}
    while stack:
        node = stack.pop()
        if node == goal:
            chain = [node]
            while parent[chain[-1]]:
                chain.append(parent[chain[-1]])
            return chain[::-1]
        for nxt in requires.get(node, ()):
            if nxt not in parent:
                parent[nxt] = node
                stack.append(nxt)
    return []


class _Reader:
    """Collects problems while turning a JSON document into a ``Study``."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, key: str, **fields: Any) -> None:
        self.problems.append(Problem(path, key, fields))

    def expect(self, value: Any, kind: type | tuple, what: str, path: str) -> bool:
        ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool)
        if not ok:
            self.problem(path, "file.expected", what=what, found=_describe(value))
        return ok

    def known(self, obj: dict, path: str, kind: str) -> None:
        """Report every field of ``obj`` that an object of ``kind`` does not have."""
        for key in obj:
            if key not in FIELDS[kind]:
                self.problem(
                    path, "file.unknown_field", field=key, expected=", ".join(FIELDS[kind])
                )

    def text(self, obj: dict, key: str, path: str, required: bool = False) -> Text:
        value = obj.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.problem(where, "file.required")
            return Text()
        if isinstance(value, str):
            return Text(value)
        if isinstance(value, dict) and all(isinstance(value.get(k, ""), str) for k in ("nl", "en")):
            self.known(value, where, "text")
            return Text(value.get("nl", ""), value.get("en", ""))
        self.problem(where, "file.expected", what='text or {"nl", "en"}', found=_describe(value))
        return Text()

    def portfolio_settings(self, raw: dict) -> tuple[str, float | None]:
        """``settings.portfolio_baseline`` and ``settings.budget`` (both optional)."""
        baseline = raw.get("portfolio_baseline", "neutral")
        if baseline not in PORTFOLIO_BASELINES:
            self.problem(
                "settings.portfolio_baseline",
                "file.bad_choice",
                value=_describe(baseline),
                choices=", ".join(PORTFOLIO_BASELINES),
            )
            baseline = "neutral"
        raw_budget = raw.get("budget")
        budget = None if raw_budget is None else self.number(raw_budget, "settings.budget")
        if budget is not None and budget < 0:
            self.problem("settings.budget", "file.negative", value=_describe(raw_budget))
            budget = None
        return baseline, budget

    def string(self, obj: dict, key: str, path: str, default: str = "") -> str:
        value = obj.get(key, default)
        if value is None:
            return default
        return value if self.expect(value, str, "text", f"{path}.{key}") else default

    def number(self, value: Any, path: str) -> float | None:
        if not self.expect(value, (int, float), "a number", path):
            return None
        if not math.isfinite(value):
            self.problem(path, "file.not_finite", value=_describe(value))
            return None
        return float(value)

    def ident(self, obj: dict, path: str, seen: set[str]) -> str | None:
        value = obj.get("id")
        if value is None:
            self.problem(f"{path}.id", "file.required")
            return None
        if not isinstance(value, str) or not _ID.match(value):
            self.problem(f"{path}.id", "file.bad_id", value=_describe(value))
            return None
        if value in seen:
            self.problem(f"{path}.id", "file.duplicate_id", value=_describe(value))
            return None
        seen.add(value)
        return value

    def items(self, doc: dict, key: str, path: str = "") -> list[tuple[str, dict]]:
        """The objects of list ``key`` with their paths; wrong entries are reported."""
        value = doc.get(key, [])
        where = f"{path}.{key}" if path else key
        if not self.expect(value, list, "a list", where):
            return []
        out = []
        for i, item in enumerate(value):
            if self.expect(item, dict, "an object", f"{where}[{i}]"):
                out.append((f"{where}[{i}]", item))
        return out

    def cells(
        self,
        doc: dict,
        key: str,
        candidate_ids: Collection[str],
        columns: Collection[str],
        column_what: str,
        cell_what: str,
    ) -> Iterator[tuple[str, str, dict, str]]:
        """The cells of table ``key`` (candidate id -> column id -> object) as (candidate,
        column, cell, path); unknown candidates and columns and wrong entries are reported."""
        table = doc.get(key, {})
        if not self.expect(table, dict, "an object", key):
            return
        for cid, row in table.items():
            if cid not in candidate_ids:
                self.problem(
                    f"{key}.{cid}", "file.unknown_ref", what="candidate", value=_describe(cid)
                )
                continue
            if not self.expect(row, dict, "an object", f"{key}.{cid}"):
                continue
            for column, cell in row.items():
                where = f"{key}.{cid}.{column}"
                if column not in columns:
                    self.problem(
                        where, "file.unknown_ref", what=column_what, value=_describe(column)
                    )
                elif self.expect(cell, dict, cell_what, where):
                    yield cid, column, cell, where

    # --- criteria ---------------------------------------------------------------------------
    def scale(self, value: Any, path: str):
        if value is None or value == {"type": "five_point"}:
            return FivePointScale()
        if not self.expect(value, dict, "a scale object", path):
            return FivePointScale()
        kind = value.get("type")
        if kind in ("five_point", "numeric"):
            self.known(value, path, kind)
        if kind == "five_point":
            return FivePointScale()
        if kind != "numeric":
            self.problem(
                f"{path}.type",
                "file.bad_choice",
                value=_describe(kind),
                choices="five_point, numeric",
            )
            return FivePointScale()
        bounds = {}
        for b in ("lower", "upper"):
            if value.get(b) is not None:
                bounds[b] = self.number(value[b], f"{path}.{b}")
        vf = None
        spec = value.get("value_function")
        try:
            if spec is not None and self.expect(
                spec, dict, "a value function", f"{path}.value_function"
            ):
                if spec.get("type") in ("linear", "piecewise"):
                    self.known(spec, f"{path}.value_function", spec["type"])
                if spec.get("type") == "linear":
                    if bounds.get("lower") is None or bounds.get("upper") is None:
                        raise ScaleError("a linear value function needs lower and upper bounds")
                    vf = ValueFunction(((bounds["lower"], 0.0), (bounds["upper"], 1.0)), "linear")
                elif spec.get("type") == "piecewise":
                    pts = spec.get("points")
                    if not isinstance(pts, list) or not all(
                        isinstance(p, list)
                        and len(p) == 2
                        and all(
                            isinstance(x, int | float)
                            and not isinstance(x, bool)
                            and math.isfinite(x)
                            for x in p
                        )
                        for p in pts
                    ):
                        raise ScaleError("points must be a list of [x, value] number pairs")
                    vf = ValueFunction(tuple((float(x), float(v)) for x, v in pts))
                else:
                    self.problem(
                        f"{path}.value_function.type",
                        "file.bad_choice",
                        value=_describe(spec.get("type")),
                        choices="linear, piecewise",
                    )
            return NumericScale(unit=self.string(value, "unit", path), value_function=vf, **bounds)
        except ScaleError as exc:
            self.problem(path, "file.bad_value", detail=str(exc))
            return NumericScale()

    def node(self, obj: dict, path: str, seen: set[str], depth: int) -> Node | None:
        node_id = self.ident(obj, path, seen)
        name = self.text(obj, "name", path, required=True)
        description = self.text(obj, "description", path)
        enabled = obj.get("enabled", True)
        if not self.expect(enabled, bool, "true or false", f"{path}.enabled"):
            enabled = True
        source = self.string(obj, "source", path)
        kind = obj.get("kind", "theme" if "children" in obj else "criterion")
        if kind in ("theme", "criterion"):
            self.known(obj, path, kind)
        if kind == "theme":
            if depth >= MAX_TREE_DEPTH:
                self.problem(path, "file.too_deep")
                return None
            children = [
                self.node(child, p, seen, depth + 1)
                for p, child in self.items(obj, "children", path)
            ]
            if node_id is None:
                return None
            return Theme(
                node_id, name, description, tuple(c for c in children if c), enabled, source
            )
        if kind != "criterion":
            self.problem(
                f"{path}.kind", "file.bad_choice", value=_describe(kind), choices="theme, criterion"
            )
            return None
        direction = obj.get("direction", "benefit")
        if direction not in ("benefit", "cost"):
            self.problem(
                f"{path}.direction",
                "file.bad_choice",
                value=_describe(direction),
                choices="benefit, cost",
            )
            direction = "benefit"
        scale = self.scale(obj.get("scale"), f"{path}.scale")
        if node_id is None:
            return None
        return Criterion(node_id, name, description, direction, scale, enabled, source)

    def parse_score_value(self, scale, value: Any, path: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(path, "file.expected", what="a score", found=_describe(value))
            return None
        try:
            return scale.parse(value)
        except ScaleError as exc:
            self.problem(path, "file.bad_value", detail=str(exc))
            return None

    def weights(self, value: Any, path: str, node_ids: set[str]) -> dict[str, float]:
        if not self.expect(value, dict, "an object of weights", path):
            return {}
        out = {}
        for key, raw in value.items():
            where = f"{path}.{key}"
            if key not in node_ids:
                self.problem(
                    where, "file.unknown_ref", what="theme/criterion", value=_describe(key)
                )
                continue
            number = self.number(raw, where)
            if number is None:
                continue
            if number < 0:
                self.problem(where, "file.negative", value=_describe(raw))
                continue
            out[key] = number
        return out

    # --- portfolio rules ----------------------------------------------------------------------
    def members(self, obj: dict, path: str, candidate_ids: set[str]) -> tuple[str, ...]:
        value = obj.get("members", [])
        if not self.expect(value, list, "a list of candidate ids", f"{path}.members"):
            return ()
        out: list[str] = []
        for i, member in enumerate(value):
            where = f"{path}.members[{i}]"
            if not isinstance(member, str) or member not in candidate_ids:
                self.problem(where, "file.unknown_ref", what="candidate", value=_describe(member))
            elif member in out:
                self.problem(where, "file.duplicate_id", value=_describe(member))
            else:
                out.append(member)
        if not value:
            self.problem(f"{path}.members", "file.empty_group")
        return tuple(out)

    def groups(self, doc: dict, candidate_ids: set[str]) -> tuple[Group, ...]:
        groups, seen = [], set()
        for p, obj in self.items(doc, "groups"):
            self.known(obj, p, "group")
            gid = self.ident(obj, p, seen)
            kind = obj.get("kind", "exclusive")
            if kind not in GROUP_KINDS:
                self.problem(
                    f"{p}.kind",
                    "file.bad_choice",
                    value=_describe(kind),
                    choices=", ".join(GROUP_KINDS),
                )
                kind = "exclusive"
            members = self.members(obj, p, candidate_ids)
            name = self.text(obj, "name", p, required=True)
            if gid:
                groups.append(Group(gid, name, kind, members, self.text(obj, "description", p)))
        return tuple(groups)

    def dependencies(self, doc: dict, candidate_ids: set[str]) -> tuple[Dependency, ...]:
        found: list[tuple[str, Dependency]] = []
        for p, obj in self.items(doc, "dependencies"):
            self.known(obj, p, "dependency")
            ends = [obj.get(k) for k in ("candidate", "requires")]
            for key, value in zip(("candidate", "requires"), ends, strict=True):
                if value is None:
                    self.problem(f"{p}.{key}", "file.required")
                elif not isinstance(value, str) or value not in candidate_ids:
                    self.problem(
                        f"{p}.{key}", "file.unknown_ref", what="candidate", value=_describe(value)
                    )
            if not all(isinstance(e, str) and e in candidate_ids for e in ends):
                continue
            dep = Dependency(*ends)
            if dep.candidate == dep.requires:
                self.problem(p, "file.self_dependency", value=_describe(dep.candidate))
            elif dep in (d for _, d in found):
                self.problem(p, "file.duplicate_dependency", value=_describe(dep.candidate))
            else:
                found.append((p, dep))
        requires: dict[str, list[str]] = {}
        for _, d in found:
            requires.setdefault(d.candidate, []).append(d.requires)
        for p, d in found:  # report each dependency that closes a cycle, with the cycle
            cycle = dependency_path(requires, d.requires, d.candidate)
            if cycle:
                self.problem(p, "file.dependency_cycle", cycle=" -> ".join([d.candidate, *cycle]))
        return tuple(d for _, d in found)

    def participant(self, obj: dict, path: str, criteria: dict, candidate_ids: set) -> Participant:
        """The workshop fields of a participant: organisation, voice, anonymous, own scores."""
        voice = 1.0
        if "voice" in obj:
            number = self.number(obj["voice"], f"{path}.voice")
            if number is not None and number < 0:
                self.problem(f"{path}.voice", "file.negative", value=_describe(obj["voice"]))
            elif number is not None:
                voice = number
        anonymous = obj.get("anonymous", False)
        if not self.expect(anonymous, bool, "true or false", f"{path}.anonymous"):
            anonymous = False
        scores: dict[tuple[str, str], float] = {}
        raw = obj.get("scores", {})
        if self.expect(raw, dict, "an object of scores per candidate", f"{path}.scores"):
            for cand, row in raw.items():
                where = f"{path}.scores.{cand}"
                if cand not in candidate_ids:
                    self.problem(where, "file.unknown_ref", what="candidate", value=_describe(cand))
                    continue
                if not self.expect(row, dict, "an object of scores per criterion", where):
                    continue
                for crit, value in row.items():
                    if crit not in criteria:
                        self.problem(
                            f"{where}.{crit}",
                            "file.unknown_ref",
                            what="criterion",
                            value=_describe(crit),
                        )
                        continue
                    number = self.parse_score_value(criteria[crit].scale, value, f"{where}.{crit}")
                    if number is not None:
                        scores[(cand, crit)] = number
        return Participant(
            "",
            organisation=self.string(obj, "organisation", path),
            voice=voice,
            anonymous=anonymous,
            scores=scores,
        )

    # --- the whole document -----------------------------------------------------------------
    def study(self, doc: dict) -> Study:
        self.known(doc, "", "study")
        seen_nodes: set[str] = set()
        roots = [self.node(obj, p, seen_nodes, 0) for p, obj in self.items(doc, "criteria")]
        tree = CriteriaTree(tuple(r for r in roots if r))
        criteria = {c.id: c for c in tree.criteria()}

        sources, seen = [], set()
        for p, obj in self.items(doc, "sources"):
            self.known(obj, p, "source")
            sid = self.ident(obj, p, seen)
            if sid:
                sources.append(
                    Source(sid, self.string(obj, "title", p), self.string(obj, "file", p))
                )

        candidates, seen = [], set()
        for p, obj in self.items(doc, "candidates"):
            self.known(obj, p, "candidate")
            cid = self.ident(obj, p, seen)
            tags = obj.get("tags", [])
            if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
                self.problem(
                    f"{p}.tags", "file.expected", what="a list of texts", found=_describe(tags)
                )
                tags = []
            cost = None if obj.get("cost") is None else self.number(obj["cost"], f"{p}.cost")
            cost_range = None
            raw_range = obj.get("cost_range")
            if raw_range is not None:
                if isinstance(raw_range, list) and len(raw_range) == 2:
                    low, high = (
                        self.number(x, f"{p}.cost_range[{i}]") for i, x in enumerate(raw_range)
                    )
                    if low is not None and high is not None:
                        if low > high:
                            self.problem(
                                f"{p}.cost_range",
                                "file.bad_value",
                                detail=f"low {low:g} exceeds high {high:g}",
                            )
                        else:
                            cost_range = (low, high)
                else:
                    self.problem(
                        f"{p}.cost_range",
                        "file.expected",
                        what="[low, high]",
                        found=_describe(raw_range),
                    )
            if cid:
                candidates.append(
                    Candidate(
                        cid,
                        self.text(obj, "name", p, required=True),
                        self.text(obj, "description", p),
                        self.string(obj, "area", p),
                        tuple(tags),
                        cost,
                        cost_range,
                        self.string(obj, "source", p),
                    )
                )
        candidate_ids = {c.id for c in candidates}
        groups = self.groups(doc, candidate_ids)
        dependencies = self.dependencies(doc, candidate_ids)

        constraints, seen = [], set()
        for p, obj in self.items(doc, "constraints"):
            self.known(obj, p, "constraint")
            con_id = self.ident(obj, p, seen)
            crit_id = obj.get("criterion")
            minimum = None
            if crit_id is not None:
                if crit_id not in criteria:
                    self.problem(
                        f"{p}.criterion",
                        "file.unknown_ref",
                        what="criterion",
                        value=_describe(crit_id),
                    )
                    continue
                if obj.get("minimum") is None:
                    self.problem(f"{p}.minimum", "file.required")
                    continue
                minimum = self.parse_score_value(
                    criteria[crit_id].scale, obj["minimum"], f"{p}.minimum"
                )
            enabled = obj.get("enabled", True)
            if not self.expect(enabled, bool, "true or false", f"{p}.enabled"):
                enabled = True
            if con_id:
                constraints.append(
                    Constraint(
                        con_id,
                        self.text(obj, "name", p, required=True),
                        self.text(obj, "description", p),
                        crit_id,
                        minimum,
                        enabled,
                        self.string(obj, "source", p),
                    )
                )
        checkable = {c.id for c in constraints if not c.is_threshold}

        scores: dict[tuple[str, str], Score] = {}
        for cid, crit_id, cell, where in self.cells(
            doc, "scores", candidate_ids, criteria, "criterion", "a score object"
        ):
            self.known(cell, where, "score")
            value = self.parse_score_value(
                criteria[crit_id].scale, cell.get("value"), f"{where}.value"
            )
            scores[(cid, crit_id)] = Score(
                value,
                self.text(cell, "rationale", where),
                self.string(cell, "source", where),
            )

        checks: dict[tuple[str, str], Check] = {}
        for cid, con_id, cell, where in self.cells(
            doc, "checks", candidate_ids, checkable, "must-pass constraint", "a check object"
        ):
            self.known(cell, where, "check")
            status = cell.get("status", "pass")
            if status not in ("pass", "fail", "override"):
                self.problem(
                    f"{where}.status",
                    "file.bad_choice",
                    value=_describe(status),
                    choices="pass, fail, override",
                )
                continue
            checks[(cid, con_id)] = Check(status, self.text(cell, "note", where))

        node_ids = {n.id for n in tree.nodes()}
        scenarios, seen = [], set()
        for p, obj in self.items(doc, "scenarios"):
            self.known(obj, p, "scenario")
            sid = self.ident(obj, p, seen)
            weights = self.weights(obj.get("weights", {}), f"{p}.weights", node_ids)
            if sid:
                scenarios.append(
                    Scenario(
                        sid,
                        self.text(obj, "name", p, required=True),
                        self.text(obj, "description", p),
                        weights,
                    )
                )
        if not scenarios:
            self.problem("scenarios", "file.no_scenario")
        active = doc.get("active_scenario", scenarios[0].id if scenarios else "")
        if scenarios and active not in {s.id for s in scenarios}:
            self.problem(
                "active_scenario", "file.unknown_ref", what="scenario", value=_describe(active)
            )

        participants, seen = [], set()
        for p, obj in self.items(doc, "participants"):
            self.known(obj, p, "participant")
            pid = self.ident(obj, p, seen)
            weights = self.weights(obj.get("weights", {}), f"{p}.weights", node_ids)
            participant = self.participant(obj, p, criteria, {c.id for c in candidates})
            if pid:
                participants.append(
                    replace(
                        participant,
                        id=pid,
                        name="" if participant.anonymous else self.string(obj, "name", p),
                        role=self.string(obj, "role", p),
                        weights=weights,
                    )
                )

        settings = Settings()
        raw_settings = doc.get("settings", {})
        if self.expect(raw_settings, dict, "an object", "settings"):
            self.known(raw_settings, "settings", "settings")
            from projects.study import METHODS

            method = raw_settings.get("method", settings.method)
            if method not in METHODS:
                self.problem(
                    "settings.method",
                    "file.bad_choice",
                    value=_describe(method),
                    choices=", ".join(METHODS),
                )
                method = settings.method
            policy = raw_settings.get("missing_policy", settings.missing_policy)
            if policy not in ("exclude", "neutral"):
                self.problem(
                    "settings.missing_policy",
                    "file.bad_choice",
                    value=_describe(policy),
                    choices="exclude, neutral",
                )
                policy = settings.missing_policy
            settings = Settings(
                method,
                policy,
                self.text(raw_settings, "cost_unit", "settings"),
                *self.portfolio_settings(raw_settings),
            )

        study_id = doc.get("id", "study")
        if not isinstance(study_id, str) or not _ID.match(study_id):
            self.problem("id", "file.bad_id", value=_describe(study_id))
            study_id = "study"
        return Study(
            id=study_id,
            title=self.text(doc, "title", "", required=True),
            description=self.text(doc, "description", ""),
            disclaimer=self.text(doc, "disclaimer", ""),
            sources=tuple(sources),
            criteria=tree,
            constraints=tuple(constraints),
            candidates=tuple(candidates),
            scores=scores,
            checks=checks,
            scenarios=tuple(scenarios) or Study().scenarios,
            active_scenario=active if scenarios else Study().active_scenario,
            participants=tuple(participants),
            settings=settings,
            groups=groups,
            dependencies=dependencies,
        )


def _migrate_0(doc: dict) -> dict:
    """Format 0 kept scores as flat records ``{"candidate", "criterion", "value", ...}``
    (as a script or spreadsheet writes them); format 1 nests them per candidate."""
    nested: dict[str, dict] = {}
    records = doc.get("scores", [])
    if isinstance(records, list):
        for rec in records:
            if (
                isinstance(rec, dict)
                and isinstance(rec.get("candidate"), str)
                and isinstance(rec.get("criterion"), str)
            ):
                cell = {k: v for k, v in rec.items() if k not in ("candidate", "criterion")}
                nested.setdefault(rec["candidate"], {})[rec["criterion"]] = cell
        doc = {**doc, "scores": nested}
    return {**doc, "format_version": 1}


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0}


def study_from_dict(doc: Any, source: str = "study") -> Study:
    """Validate and read a JSON document; raises ``StudyFileError`` with every problem."""
    reader = _Reader()
    if not isinstance(doc, dict):
        reader.problem("", "file.expected", what="a study object", found=_describe(doc))
        raise StudyFileError(source, reader.problems)
    version = doc.get("format_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise StudyFileError(
            source, [Problem("format_version", "file.version_bad", {"found": _describe(version)})]
        )
    if version > FORMAT_VERSION:
        raise StudyFileError(
            source,
            [
                Problem(
                    "format_version",
                    "file.version_new",
                    {"found": version, "current": FORMAT_VERSION},
                )
            ],
        )
    while version < FORMAT_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["format_version"]
    study = reader.study(doc)
    if reader.problems:
        raise StudyFileError(source, reader.problems)
    return study


def loads(text: str | bytes, source: str = "study") -> Study:
    """Read a study from JSON text."""
    try:
        doc = json.loads(text)
    except RecursionError:
        raise StudyFileError(source, [Problem("", "file.too_deep", {})]) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise StudyFileError(source, [Problem("", "file.not_json", {"detail": str(exc)})]) from None
    try:
        return study_from_dict(doc, source)
    except RecursionError:
        raise StudyFileError(source, [Problem("", "file.too_deep", {})]) from None


def load_study(path: str | os.PathLike) -> Study:
    """Read and validate a study file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise StudyFileError(
                str(p),
                [Problem("", "file.too_large", {"size": size // 2**20, "limit": MAX_FILE_MB})],
            )
        data = p.read_bytes()
    except OSError as exc:
        raise StudyFileError(
            str(p), [Problem("", "file.unreadable", {"detail": exc.strerror or str(exc)})]
        ) from None
    return loads(data, str(p))
