"""The ``weegwijzer`` command: the GUI without arguments, batch commands otherwise.

This module imports no Qt, so the batch commands start fast and run without a display;
the GUI is imported only when it is opened. Exit codes: 0 ok, 1 invalid input, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from projects.evaluation import EvaluationError, evaluate
from projects.study import METHODS, Study

STUDY_SUFFIXES = (".json", ".xlsx", ".csv")  # what the GUI opens
VIEWS = ("ranking", "scores", "weights", "whatif", "compare", "radar", "workshop", "disagreement")
VIEWS += ("portfolio", "portfolio_sweep", "portfolio_acceptability")
VIEWS += ("sweep", "acceptability", "tornado")


class CliError(Exception):
    """Invalid input: printed to stderr, exit code 1."""


def _study_argument(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("study", nargs="?", type=Path, help="study file (.weegwijzer.json)")
    source.add_argument("--example", action="store_true", help="use the shipped Assen study")


def _load(args: argparse.Namespace) -> Study:
    from projects.example import example_study
    from projects.study_file import StudyFileError, load_study

    try:
        return example_study() if args.example else load_study(args.study)
    except StudyFileError as exc:
        raise CliError(exc.text("en")) from None


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weegwijzer",
        description="Multi-criteria decision support. Without a command: open the GUI. "
        f"Commands: {', '.join(COMMANDS)} (weegwijzer COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", type=Path, help="study or .xlsx to open in the GUI")
    parser.add_argument("--lang", choices=("nl", "en"), help="GUI language (default: remembered)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="render a view offscreen to PNG and exit"
    )
    parser.add_argument("--view", choices=VIEWS, default="ranking", help="view for --screenshot")
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="weegwijzer")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    rank = sub.add_parser("rank", help="print the ranking of a study")
    _study_argument(rank)
    rank.add_argument("--method", choices=METHODS)
    rank.add_argument("--scenario", help="scenario id or name (default: the active one)")
    rank.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser("export", help="export a study to Excel")
    _study_argument(export)
    export.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    export.add_argument("--scenario")
    export.add_argument("--method", choices=METHODS)

    template = sub.add_parser("template", help="write an Excel scoring template")
    _study_argument(template)
    template.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")

    imp = sub.add_parser("import", help="import an Excel workbook or CSV matrix as a study")
    imp.add_argument("workbook", type=Path, help="FILE.xlsx (template or export) or FILE.csv")
    imp.add_argument("-o", "--output", type=Path, required=True, help="STUDY.weegwijzer.json")

    validate = sub.add_parser("validate", help="check a study file")
    _study_argument(validate)

    portfolio = sub.add_parser("portfolio", help="the best set of candidates within a budget")
    _study_argument(portfolio)
    portfolio.add_argument("--budget", required=True, help="AMOUNT (in the study's cost unit)")
    portfolio.add_argument("--scenario", help="scenario id or name (default: the active one)")
    portfolio.add_argument("--json", action="store_true", help="print JSON")

    forms = sub.add_parser("forms", help="write an Excel weighting form per workshop participant")
    _study_argument(forms)
    forms.add_argument("-o", "--output", type=Path, required=True, help="folder for the forms")
    who = forms.add_mutually_exclusive_group()  # neither: the study's own participants
    who.add_argument("--participants", type=int, metavar="N", help="N unnamed forms")
    who.add_argument("--names", help="comma-separated participant names, one form each")
    forms.add_argument("--anonymous", action="store_true", help="forms without a name")
    forms.add_argument("--lang", choices=("nl", "en"), default="nl")

    collect = sub.add_parser(
        "collect",
        help="read filled weighting forms into a study and update its group scenario",
        description="weegwijzer collect STUDY FORM|FOLDER... -o OUT, or "
        "weegwijzer collect --example FORM|FOLDER... -o OUT. Nothing is written if any "
        "form is invalid; every problem is listed by file, cell and reason.",
    )
    collect.add_argument("paths", nargs="+", type=Path, help="STUDY, then forms or folders")
    collect.add_argument("--example", action="store_true", help="use the shipped Assen study")
    collect.add_argument("-o", "--output", type=Path, required=True, help="STUDY.weegwijzer.json")
    collect.add_argument(
        "--mean", choices=("arithmetic", "geometric", "median"), default="arithmetic"
    )
    collect.add_argument(
        "--voice",
        choices=("equal", "organisation", "voice"),
        default="equal",
        help="participant weights: equal, one voice per organisation, or each one's voice",
    )

    sens = sub.add_parser(
        "sensitivity", help="rank acceptability, stability intervals and rank reversals"
    )
    _study_argument(sens)
    sens.add_argument("--method", choices=METHODS)
    sens.add_argument("--scenario", help="scenario id or name (default: the active one)")
    sens.add_argument("--samples", type=int, default=10000, help="Monte Carlo samples (10000)")
    sens.add_argument("--seed", type=int, default=0, help="random seed (0)")
    sens.add_argument("--top-k", type=int, default=3, help="places whose order must hold (3)")
    sens.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _rank(args: argparse.Namespace) -> int:
    study = _load(args)
    try:
        ranking = evaluate(study, args.method, args.scenario, lang="en")
    except EvaluationError as exc:
        raise CliError(str(exc)) from None
    rows = [
        {
            "id": ranking.candidate_ids[i],
            "name": study.candidate(ranking.candidate_ids[i]).name.get("en"),
            "rank": int(ranking.ranks[i]),
            "score": round(float(ranking.scores[i]), 6),
        }
        for i in ranking.order()
    ]
    excluded = [
        {
            "id": e.candidate_id,
            "name": study.candidate(e.candidate_id).name.get("en"),
            "reason": e.text("en"),
        }
        for e in ranking.excluded
    ]
    if args.json:
        out = {"method": ranking.method, "scenario": ranking.scenario_id, "ranking": rows}
        if excluded:
            out["excluded"] = excluded
        if ranking.warnings:  # e.g. a missing score counted as neutral, an override
            out["warnings"] = list(ranking.warnings)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    scenario = study.scenario(ranking.scenario_id).name.get("en")
    print(f"{study.title.get('en')}: {ranking.method}, scenario '{scenario}'")
    if study.disclaimer:
        print(study.disclaimer.get("en"))
    width = max((len(r["name"]) for r in rows), default=10)
    for r in rows:
        print(f"{r['rank']:>3}  {r['id']:<8} {r['name']:<{width}}  {r['score']:.4f}")
    for e in excluded:
        print(f"  -  {e['id']:<8} {e['name']:<{width}}  excluded: {e['reason']}")
    for w in ranking.warnings:
        print(f"note: {w}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from projects.excel_export import export_workbook

    study = _load(args)
    try:
        export_workbook(study, args.output, scenario=args.scenario, method=args.method)
    except EvaluationError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {args.output}")
    return 0


def _template(args: argparse.Namespace) -> int:
    from projects.excel_import import write_template

    write_template(_load(args), args.output)
    print(f"wrote {args.output}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from projects.csv_import import CsvImportError, import_csv
    from projects.excel_import import ExcelImportError, import_workbook
    from projects.study_file import save_study

    try:
        if args.workbook.suffix.lower() == ".csv":
            study = import_csv(args.workbook)
        else:
            study = import_workbook(args.workbook)
    except (ExcelImportError, CsvImportError) as exc:
        raise CliError(exc.text("en")) from None
    save_study(study, args.output)
    print(f"wrote {args.output} ({len(study.candidates)} candidates)")
    return 0


def _validate(args: argparse.Namespace) -> int:
    study = _load(args)
    name = "the example study" if args.example else str(args.study)
    print(
        f"{name}: valid ({len(study.candidates)} candidates, "
        f"{len(study.criteria.criteria())} criteria, {len(study.scenarios)} scenarios)"
    )
    return 0


def _portfolio(args: argparse.Namespace) -> int:
    from projects.portfolio import optimal_portfolio

    study = _load(args)
    try:
        budget = float(args.budget)
    except ValueError:
        raise CliError(f"--budget {args.budget}: not a number") from None
    try:
        result = optimal_portfolio(study, budget, args.scenario, lang="en")
    except EvaluationError as exc:
        raise CliError(str(exc)) from None
    rows = [
        {
            "id": c.candidate_id,
            "name": study.candidate(c.candidate_id).name.get("en"),
            "value": None if c.value is None else round(c.value, 6),
            "cost": c.cost,
            "groups": list(c.groups),
            "selected": c.selected,
            "reason": c.text("en"),
        }
        for c in result.candidates
    ]
    if args.json:
        out = {
            "budget": result.budget,
            "scenario": result.scenario_id,
            "selected": list(result.selected),
            "total_cost": result.total_cost,
            "total_value": round(result.total_value, 6),
            "candidates": rows,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    scenario = study.scenario(result.scenario_id).name.get("en")
    print(f"{study.title.get('en')}: budget {result.budget:g}, scenario '{scenario}'")
    if study.settings.cost_unit:
        print(f"cost unit: {study.settings.cost_unit.get('en')}")
    if study.disclaimer:
        print(study.disclaimer.get("en"))
    print(
        f"selected {len(result.selected)} of {len(rows)}: total cost "
        f"{result.total_cost:g}, total value added {result.total_value:.4f}"
    )
    width = max((len(r["name"]) for r in rows), default=10)
    for r in rows:
        mark = "+" if r["selected"] else "-"
        print(f"  {mark} {r['id']:<8} {r['name']:<{width}}  {r['reason']}")
    return 0


def _forms(args: argparse.Namespace) -> int:
    from projects.workshop_forms import planned_participants, write_forms

    study = _load(args)
    names = [n for n in (args.names or "").split(",") if n.strip()]
    if args.participants is not None and not 1 <= args.participants <= 500:
        raise CliError("--participants: give a number from 1 to 500")
    if args.names is None and args.participants is None:  # the participants the study has
        people = list(study.participants)
        if not people:
            raise CliError(
                "the study has no participants yet: give --participants N or --names a,b"
            )
    else:
        people = planned_participants(study, names, args.participants or 0, args.anonymous)
    if not people:
        raise CliError("--names: give at least one name")
    for path in write_forms(study, args.output, people, args.lang):
        print(f"wrote {path}")
    return 0


def _collect(args: argparse.Namespace) -> int:
    from projects.commands import SetParticipant, UndoStack
    from projects.study_file import save_study
    from projects.workshop import WorkshopError, update_group
    from projects.workshop_forms import FormImportError, read_forms

    paths = list(args.paths)
    if not args.example:
        args.study = paths.pop(0)
    if not paths:
        raise CliError("give at least one filled form or a folder of forms")
    forms = [f for p in paths for f in (sorted(p.glob("*.xlsx")) if p.is_dir() else [p])]
    stack = UndoStack(_load(args))
    try:
        people = read_forms(stack.study, forms)
        for person in people:
            stack.push(SetParticipant(participant=person))
        stack.push(update_group(stack.study, args.mean, args.voice))
    except (FormImportError, WorkshopError) as exc:
        raise CliError(f"nothing imported:\n{exc}") from None
    save_study(stack.study, args.output)
    print(f"wrote {args.output} ({len(people)} forms, group scenario 'groep' updated)")
    return 0


def _sensitivity(args: argparse.Namespace) -> int:
    from mcda import McdaInputError
    from projects import sensitivity

    study = _load(args)
    if args.samples < 1 or args.top_k < 1:
        raise CliError("--samples and --top-k must be at least 1")
    try:
        setup = sensitivity.setup(study, args.method, args.scenario, lang="en")
        sweeps = sensitivity.criterion_sweeps(setup)
        stable = sensitivity.stability(sweeps, args.top_k)
        smaa = sensitivity.acceptability(study, setup, args.samples, args.seed)
    except (EvaluationError, McdaInputError) as exc:
        raise CliError(str(exc)) from None
    ids = setup.problem.candidate_ids
    reversals = [
        {
            "criterion": s.key,
            "weight": round(r.weight, 6),
            "candidates": [ids[r.ahead_below], ids[r.ahead_above]],
        }
        for s in sweeps
        for r in s.sweep.reversals
    ]
    if args.json:
        out = {
            "acceptability": {
                cid: [round(float(a), 6) for a in smaa.result.acceptability[i]]
                for i, cid in enumerate(ids)
            },
            "stability": {
                s.key: [round(float(stable.low[j]), 6), round(float(stable.high[j]), 6)]
                for j, s in enumerate(sweeps)
            },
            "reversals": reversals,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    name = {c.id: c.name.get("en") for c in study.candidates}
    scenario = study.scenario(args.scenario).name.get("en")
    print(
        f"{study.title.get('en')}: {setup.method}, scenario '{scenario}', "
        f"{args.samples} weight samples uniform on the simplex (seed {args.seed})"
    )
    width = max(len(name[c]) for c in ids)
    ranks = "".join(f"{r:>6}" for r in range(1, len(ids) + 1))
    print(f"\nRank acceptability (% of samples)\n  {'':<8} {'':<{width}}{ranks}")
    for i in sorted(range(len(ids)), key=lambda i: smaa.current_ranks[i]):
        shares = "".join(f"{100 * a:>6.1f}" for a in smaa.result.acceptability[i])
        print(f"  {ids[i]:<8} {name[ids[i]]:<{width}}{shares}   {smaa.verdict(ids[i], 'en')}")
    print(f"\nStability: weight interval in which the top-{stable.k} order holds")
    crits = {s.key: study.criterion(s.key).name.get("en") for s in sweeps}
    width = max((len(c) for c in crits.values()), default=0)
    for j, s in enumerate(sweeps):
        print(
            f"  {s.key:<12} {crits[s.key]:<{width}}  {stable.current[j]:.3f} in "
            f"[{stable.low[j]:.3f}, {stable.high[j]:.3f}]"
        )
    print(f"\nRank reversals ({len(reversals)}): weight where the second overtakes the first")
    for r in reversals:
        a, b = r["candidates"]
        print(f"  {r['criterion']:<12} {r['weight']:.6f}  {a} -> {b}")
    return 0


COMMANDS = {
    "rank": _rank,
    "export": _export,
    "template": _template,
    "import": _import,
    "validate": _validate,
    "portfolio": _portfolio,
    "forms": _forms,
    "collect": _collect,
    "sensitivity": _sensitivity,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else [str(a) for a in argv]
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
    else:
        parser = _gui_parser()
        args = parser.parse_args(argv)
        args.command = None
        if args.file is not None and not args.file.exists():
            if args.file.suffix.lower() not in STUDY_SUFFIXES:
                parser.error(
                    f"'{args.file}' is neither a command ({', '.join(COMMANDS)}) nor a file"
                )
            print(f"weegwijzer: cannot read the file: no such file: {args.file}", file=sys.stderr)
            return 1
    try:
        if args.command:
            return COMMANDS[args.command](args)
        from desktop.app import run_gui, screenshot

        if args.screenshot:
            width, _, height = args.size.partition("x")
            screenshot(
                args.screenshot, args.view, args.lang or "nl", args.file, (int(width), int(height))
            )
            return 0
        return run_gui(args.file, args.lang)
    except CliError as exc:
        print(f"weegwijzer: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader left (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"weegwijzer: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    # run the package's module, so a CliError raised by desktop.app is the one caught in main()
    from desktop.cli import main as package_main

    sys.exit(package_main())
