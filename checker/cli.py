"""Command line: parse arguments, call the stages, pick a reporter, return the exit code.

Exit codes (computed once, from the whole run):
  0  clean (for `claims`: it ran)
  1  drift or conflicts whose level (error, warning, info) is at or above --fail-on (`check`) that
     the baseline and suppressions do not cover
  2  usage, configuration or rule errors, or an internal error (a crash never exits 0); a run that
     read no article; a file named on the command line that could not be read
Unreadable or empty articles found in a folder are reported with their path (stderr, the reports)
and never change the code: the run goes on without them.
A reader that closes stdout (`| head`) leaves the code of a command that got to its verdict as it
is; a command it cuts off before its work is done exits 2.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import logging
import os
import sys
from pathlib import Path

from checker import __version__, lang
from checker.config import FAIL_ON, LEGACY_FAIL_ON, SHOW, Config, load_config
from checker.errors import CheckerError, UsageError
from checker.printable import printable, shown_path
from checker.limits import MAX_FILE_SIZE
from checker.report import CHECK_FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_FAIL_ON = "error"  # the lowest finding level that fails `check`
DEFAULT_BASELINE = "reports/baseline.json"
DEFAULT_SUPPRESSIONS = "reports/suppressions.yaml"
DEFAULT_CACHE_DIR = ".checker_cache"  # the cache of claims and judgements (checker/store.py), at the project root
_WIDTH_HELP = "width of a terminal report (default: COLUMNS, else the terminal's)"
_NOTES = logging.getLogger("checker")  # -v: what a run used (configuration, rules, cache), on stderr


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checker", description="Fact-consistency checker across sources.")
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    claims = sub.add_parser("claims", help="the canonical numeric and temporal claims of a corpus",
                            description="Extract canonical claims from articles (.txt, .md, .html) in PATHS.")
    _corpus_options(claims)
    claims.add_argument("--format", choices=("terminal", "json", "jsonl"), default="terminal")
    claims.add_argument("--output", "-o", metavar="FILE", help="write the report here (atomically) instead of stdout")
    claims.add_argument("--width", type=int, help=_WIDTH_HELP)
    claims.add_argument("--explain", action="store_true",
                        help="say why each claim got its metric, place and period: the words, the rule and the "
                             "basis (own phrase, predicate, clause, discourse, publication); terminal format")

    check = sub.add_parser("check", help="where the sources agree, drift or conflict",
                           description="Check the claims of the articles in PATHS against each other and report "
                                       "conflicts, drift and agreements. Exit 0 clean, 1 findings at or above "
                                       "--fail-on, 2 usage, configuration or rule errors, no article read, or a "
                                       "named file unreadable. Unreadable or empty articles in a folder are "
                                       "reported with their path and do not change the code.")
    _corpus_options(check)
    check.add_argument("--format", choices=tuple(CHECK_FORMATS), default="terminal",
                       help="terminal: the report for people (default); json: everything, for scripts; "
                            "jsonl: one finding per line, its claims in full; "
                            "markdown: a pull-request comment; github: GitHub Actions annotations (and the "
                            "step summary); sarif: SARIF 2.1.0 for code scanning")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report here (atomically) instead of stdout")
    check.add_argument("--fail-on", choices=FAIL_ON + tuple(LEGACY_FAIL_ON), metavar="{" + ",".join(FAIL_ON) + "}",
                       help="lowest finding level (error, warning, info: the level every report prints) that "
                            "makes the exit code 1, or never (default: error); the old kind values conflict and "
                            "drift still work as error and warning, with a deprecation note")
    check.add_argument("--show", choices=SHOW,
                       help="mildest finding kind the report lists: conflict, drift (and conflicts), or all "
                            "(default); the counts and the exit code still cover every finding. SARIF leaves "
                            "agreements out unless --show agreement (then as kind pass, level none)")
    check.add_argument("--statistics", action="store_true",
                       help="print the findings counted per check and metric instead of the report "
                            "(terminal or json)")
    check.add_argument("--baseline", metavar="FILE",
                       help="a baseline from `checker baseline`: only findings not in it fail the run")
    check.add_argument("--suppressions", metavar="FILE",
                       help=f"reviewed accepted findings (default: {DEFAULT_SUPPRESSIONS} when it exists)")
    check.add_argument("--strict-suppressions", action="store_true",
                       help="unused or expired suppressions fail the run too")
    check.add_argument("--width", type=int, help=_WIDTH_HELP)
    _selection_options(check)

    baseline = sub.add_parser("baseline", help="write today's drift and conflicts as the accepted baseline",
                              description="Check PATHS and write their drift and conflict findings to a baseline "
                                          f"file (default {DEFAULT_BASELINE}), so that `checker check --baseline` "
                                          "fails only on findings that are not in it.")
    _corpus_options(baseline)
    baseline.add_argument("--output", "-o", metavar="FILE", help=f"where to write it (default: {DEFAULT_BASELINE})")
    _selection_options(baseline)

    diff = sub.add_parser("diff", help="two sources side by side, or two runs' findings",
                          description="`checker diff A B`: the claims of two articles aligned by quantity (metric, "
                                      "place, period), each row marked agree, drift, conflict, A only or B only. "
                                      "`checker diff --baseline OLD.json [NEW.json | PATHS]`: findings new, resolved "
                                      "and unchanged between a baseline (or an earlier JSON report) and a later one, "
                                      "or the current corpus. Exit 0 unless an error (2).")
    _corpus_options(diff, paths_help="two article files; with --baseline: a later baseline or JSON report, or the "
                                     "corpus to check (default: paths in the configuration)")
    diff.add_argument("--baseline", metavar="OLD", help="compare findings with this baseline or JSON report")
    diff.add_argument("--format", choices=("terminal", "json"), default="terminal")
    diff.add_argument("--output", "-o", metavar="FILE", help="write the view here (atomically) instead of stdout")
    diff.add_argument("--width", type=int, help=_WIDTH_HELP)

    quantities = sub.add_parser("quantities", help="stdin lines -> one JSON line of quantities each",
                                description="Read sentences on stdin, write one JSON line per input line with "
                                            "the quantities as stated (the NewsQuant benchmark format).")
    quantities.add_argument("--no-time-mask", action="store_true",
                            help="do not mask calendar notation (years, dates, clock times)")
    quantities.add_argument("--language", default=lang.DEFAULT, choices=lang.available(),
                            help=f"read the lines with this pack and its number marks (default: {lang.DEFAULT})")

    config = sub.add_parser("config", help="the effective configuration and where each value comes from",
                            description="Print the settings `checker check` would use here: each key of "
                                        "[tool.checker] (pyproject.toml) or checker.toml, its value, and whether "
                                        "it comes from that file or is the default.")
    config.add_argument("--format", choices=("terminal", "json"), default="terminal")
    _config_options(config)

    rules = sub.add_parser("rules", help="list, explain, validate or test rule files",
                           description="list: the metrics, events, entities and checks; explain ID: a rule kind's "
                                       "keys, or one rule (metric, event, entity set, entity or check id); validate "
                                       "[PACK...]: load the rules, exit 2 on a bad rule file; test [PACK...]: run "
                                       "every rule's examples through the extraction, exit 1 if one fails.")
    rules.add_argument("action", choices=("list", "explain", "validate", "test"))
    rules.add_argument("names", nargs="*", metavar="ARG",
                       help="explain: a rule kind (metric, entities, event, ...) or a rule id; validate, test: "
                            "rule folders layered over the default pack")
    rules.add_argument("--rules", action="append", metavar="DIR",
                       help="an extra rule folder layered over the default pack (repeatable)")
    _config_options(rules)

    init = sub.add_parser("init", help="start a project: a configuration, a rule folder and a CI workflow",
                          description="Write checker.toml (the paths to check, your rule folder), "
                                      "checker-rules/ with one commented example metric, and "
                                      ".github/workflows/checker.yml, in FOLDER (default: here). Existing files "
                                      "are kept unless --force.")
    init.add_argument("folder", nargs="?", default=".", metavar="FOLDER")
    init.add_argument("--paths", default="articles", metavar="DIR",
                      help="the folder of articles the configuration names (default: articles)")
    init.add_argument("--force", action="store_true", help="overwrite files that exist")

    from checker.completion import SHELLS

    completion = sub.add_parser("completion", help="print a shell completion script",
                                description="Print the completion script for SHELL. bash: "
                                            "`checker completion bash > ~/.local/share/bash-completion/completions/"
                                            "checker`; zsh: save it as _checker in a folder of $fpath; fish: "
                                            "`checker completion fish > ~/.config/fish/completions/checker.fish`.")
    completion.add_argument("shell", choices=SHELLS)
    return parser


def _selection_options(command: argparse.ArgumentParser) -> None:
    """--select and --ignore: which checks run, by id or by tag (rules/checks.yaml), as in Ruff."""
    command.add_argument("--select", action="append", metavar="CHECK",
                         help="run only these checks: ids or tags, comma-separated or repeated "
                              "(`checker rules list` names them)")
    command.add_argument("--ignore", action="append", metavar="CHECK",
                         help="do not run these checks: ids or tags, comma-separated or repeated")


def _positive_int(text: str) -> int:
    """An argument that counts something: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _corpus_options(command: argparse.ArgumentParser,
                    paths_help: str = "files or folders (default: paths in the configuration)") -> None:
    """What every command over a corpus takes: PATHS, excluded globs, extra rule folders, the
    cache, the configuration, -q/-v, --no-progress and --jobs."""
    command.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    command.add_argument("--exclude", action="append", metavar="GLOB",
                         help="leave files matching GLOB out of the folders given (repeatable; added to the "
                              "configuration's exclude; files git ignores are left out too)")
    command.add_argument("--rules", action="append", metavar="DIR",
                         help="an extra rule folder layered over the default pack (repeatable)")
    _cache_options(command)
    _config_options(command)
    _verbosity_options(command)
    command.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    command.add_argument("-j", "--jobs", type=_positive_int, metavar="N",
                         help="extract sources in N processes (default: one per core when there is much text; "
                              "1: none); the output is the same for any N")


def _cache_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--cache-dir", metavar="DIR",
                         help="keep each source's claims (and the engine's judgements) here between runs "
                              f"(default: {DEFAULT_CACHE_DIR} beside the configuration file, else here)")
    command.add_argument("--no-cache", action="store_true", help="extract every source afresh and write no cache")


def _config_options(command: argparse.ArgumentParser) -> None:
    where = command.add_mutually_exclusive_group()
    where.add_argument("--config", metavar="FILE",
                       help="use this configuration file (checker.toml keys, or a pyproject.toml's [tool.checker]) "
                            "instead of looking for checker.toml or pyproject.toml")
    where.add_argument("--isolated", action="store_true",
                       help="ignore every configuration file: defaults and the command line only")


def _verbosity_options(command: argparse.ArgumentParser) -> None:
    level = command.add_mutually_exclusive_group()
    level.add_argument("-q", "--quiet", action="store_true",
                       help="findings only: no summary, progress bar or notes (warnings and errors still show)")
    level.add_argument("-v", "--verbose", action="store_true",
                       help="say on stderr which configuration file and rules the run uses, and what the "
                            "cache held")


def _config(args) -> Config:
    """The run's configuration: none with --isolated, the --config file, else the nearest one."""
    config = Config() if args.isolated else load_config(file=args.config)
    _NOTES.info("configuration: %s", _shown(config.file) if config.file else
                "ignored (--isolated)" if args.isolated else "none found, defaults")
    return config


class _StderrNotes(logging.Handler):
    """Writes ``checker: <note>`` to stderr as it is at the time (tests swap it between runs)."""

    def emit(self, record: logging.LogRecord) -> None:
        say(f"checker: {record.getMessage()}")


def _verbosity(args) -> None:
    """-v turns on the notes checker's modules log (``_NOTES`` and its children); else they are dropped."""
    if not _NOTES.handlers:
        _NOTES.addHandler(_StderrNotes())
        _NOTES.propagate = False
    _NOTES.setLevel(logging.INFO if getattr(args, "verbose", False) else logging.WARNING)


def _corpus_run(args):
    """What a command over a corpus starts from: the configuration, the paths, the rules and the
    cache folder (None with --no-cache)."""
    config = _config(args)
    return config, _corpus(args, config), _rules(args, config), _cache_dir(args, config)


def _default_suppressions() -> str | None:
    """reports/suppressions.yaml when it exists: used without being named."""
    return DEFAULT_SUPPRESSIONS if Path(DEFAULT_SUPPRESSIONS).is_file() else None


def _cache_dir(args, config) -> str | None:
    """The cache folder for this run, or None with --no-cache: by default at the project root
    (beside the configuration file), so a run from a sub-folder uses the same cache."""
    if args.no_cache:
        return None
    root = Path(config.file).parent if config.file else Path()
    return args.cache_dir or config.cache_dir or _shown(str(root / DEFAULT_CACHE_DIR))


def _exclude(args, config) -> tuple[str, ...]:
    """Globs of files to leave out of folders: the configuration's, then --exclude's."""
    return (*config.exclude, *(getattr(args, "exclude", None) or ()))


def _require_articles(paths: list[str], extraction) -> None:
    """A run that read no article is a usage problem (exit 2), never a clean report of nothing."""
    if extraction.sources:
        return
    from checker import lang
    from checker.corpus.discovery import SUPPORTED

    _print_problems(extraction.problems)
    skipped = f" ({len(extraction.problems)} not read, above)" if extraction.problems else ""
    raise UsageError(f"no articles found in {' '.join(paths)}{skipped}: checker reads {SUPPORTED} files, "
                     f"in a language it has a pack for ({', '.join(lang.available())})")


def _input_code(paths: list[str], problems) -> int:
    """Exit 2 when a file named on the command line could not be read (binary, unsupported type or
    language): the user asked for it. Bad files found in a folder are reported and never change the code."""
    from checker.corpus.discovery import display_path

    named = {display_path(Path(p)) for p in paths if not Path(p).is_dir()}
    return EXIT_ERROR if any(p.level == "error" and p.path in named for p in problems) else EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    _verbosity(args)
    try:
        code = _COMMANDS[args.command](args)
    except CheckerError as exc:
        say(f"checker: error: {exc}")
        context = getattr(exc, "context", "")
        if context:
            say(context, keep_newlines=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except BrokenPipeError:  # the reader closed stdout while the command was still writing: unfinished
        _discard_stdout()
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 -- a crash must never look like success
        import traceback  # only on a crash

        # Escaped like every message: the frames keep their lines; an exception's own text never breaks one.
        for part in traceback.format_exception(sys.exc_info()[1]):
            say(part.strip("\n"), keep_newlines=part.startswith(("Traceback", "  ", "\nDuring", "\nThe above")))
        where = "".join(f"; {note}" for note in getattr(exc, "__notes__", ()))  # the files it was reading
        say(f"checker: internal error (exit 2){where}")
        return EXIT_ERROR
    try:
        sys.stdout.flush()  # what print() left buffered; a reader gone by now does not change the code
    except BrokenPipeError:
        _discard_stdout()
    return code


def _rules(args, config=None):
    from checker.checks import CHECKS
    from checker.ruleset import default_pack, load_rules

    extra = [*(config.rules if config else ()), *(getattr(args, "rules", None) or [])]
    rules = load_rules([default_pack(), *(Path(p) for p in extra)], known_checks=CHECKS)  # one loader for every command
    _NOTES.info("rules: %s (%d files)", rules.label, len(rules.files))
    if config and config.checks:
        _NOTES.info("check levels from %s: %s", _shown(config.file),
                    ", ".join(f"{check} = {level}" for check, level in config.checks.items()))
        rules = rules.relevelled(config.checks)
    return _selected(args, rules, config) if args.command in _JUDGING else rules


_JUDGING = ("check", "baseline", "diff")  # the commands whose checks --select, --ignore and the config choose


def _selected(args, rules, config=None):
    """The rules with the checks --select (else the configuration's select) leaves out and those
    --ignore or the configuration's ignore name turned off."""
    def words(values) -> list[str]:
        return [w.strip() for v in values or () for w in v.split(",") if w.strip()]

    select = words(getattr(args, "select", None)) or list(config.select if config else ())
    ignore = [*(config.ignore if config else ()), *words(getattr(args, "ignore", None))]
    return rules.selected(select, ignore)


def _corpus(args, config=None) -> list[str]:
    """The paths to read: those given, else the configuration's; with neither, say what to pass."""
    paths = args.paths or ([_shown(p) for p in config.paths] if config and config.paths else [])
    if not paths:
        raise UsageError(f"no paths given: pass the article files or folders (checker {args.command} "
                         "articles/), or set paths in checker.toml or [tool.checker] of pyproject.toml "
                         "(`checker init` writes one)")
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise UsageError(f"no such file or folder: {p}")
    return paths


def _cmd_claims(args) -> int:
    """`checker claims`, with Python's cyclic collector off from its imports to its report: all it
    makes lives to the end and holds no cycles (extract.collector_paused), so no collection need
    walk it (about 0.1 s of a large run's parent process)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return _claims(args)
    finally:
        if was:
            gc.enable()


def _claims(args) -> int:
    from checker.extract import extract_claims
    from checker.report import CLAIM_FORMATS

    config, paths, rules, cache = _corpus_run(args)
    extraction = _with_progress(args, lambda progress: extract_claims(
        paths, rules, on_document=progress, cache=cache, exclude=_exclude(args, config),
        max_file_size=config.max_file_size, jobs=args.jobs, encode=args.format != "terminal"))
    _require_articles(paths, extraction)
    label = rules.label
    render = CLAIM_FORMATS[args.format]
    if args.format == "terminal":
        out = render(extraction, label, **_layout(args), quiet=args.quiet, explain=args.explain)
    elif args.explain:
        raise UsageError("--explain is for the terminal format; json and jsonl carry each claim's binding")
    else:
        out = render(extraction, label)
    _emit(out, args.output)
    if args.format != "terminal" or args.output:
        _print_problems(extraction.problems)
    return _input_code(paths, extraction.problems)


def _cmd_check(args) -> int:
    from checker.pipeline import check

    if args.statistics and args.format not in ("terminal", "json"):
        raise UsageError("--statistics prints a table (terminal) or JSON; not with --format " + args.format)
    config, paths, rules, cache = _corpus_run(args)
    fail_on = _fail_on(args.fail_on or config.fail_on or DEFAULT_FAIL_ON)
    baseline = args.baseline or config.baseline
    suppressions = args.suppressions or config.suppressions or _default_suppressions()
    result = _with_progress(args, lambda progress: check(
        paths, rules, on_document=progress, baseline=_shown(baseline), suppressions=_shown(suppressions), cache=cache,
        exclude=_exclude(args, config), max_file_size=config.max_file_size, jobs=args.jobs))
    _require_articles(paths, result.extraction)
    result = dataclasses.replace(result, shown=args.show or config.show or "all")
    label = rules.label
    if args.statistics:
        from checker.report.statistics import render_statistics

        out = render_statistics(result, label, as_json=args.format == "json")
    elif args.format == "terminal":
        out = CHECK_FORMATS["terminal"](result, label, **_layout(args), corpus=" ".join(paths), quiet=args.quiet)
    else:
        out = CHECK_FORMATS[args.format](result, label)
    _emit(out, args.output)
    review = result.review
    stale = review.stale if review else ()
    if args.format != "terminal" or args.output:  # the terminal report shows these itself
        _print_problems(result.extraction.problems)
        for entry, expired in stale:
            what = f"expired on {entry.expires}" if expired else "matches no finding"
            say(f"checker: warning: {shown_path(review.suppressions)}:{entry.line}: suppression {entry.label} {what}")
    if _input_code(paths, result.extraction.problems):
        return EXIT_ERROR
    if result.failing(fail_on) or (args.strict_suppressions and stale):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _fail_on(value: str) -> str:
    """The level that gates the run; an old kind value (conflict, drift) is read as its level with
    a deprecation note on stderr (README, "Migrating --fail-on")."""
    if value not in LEGACY_FAIL_ON:
        return value
    level = LEGACY_FAIL_ON[value]
    print(f"checker: warning: --fail-on {value} is deprecated: findings now fail the run by their level; "
          f"use --fail-on {level} (error, warning, info or never)", file=sys.stderr)
    return level


def _cmd_baseline(args) -> int:
    from checker.baseline import render_baseline
    from checker.pipeline import check

    config, paths, rules, cache = _corpus_run(args)
    result = _with_progress(args, lambda progress: check(paths, rules, on_document=progress, cache=cache,
                                                         exclude=_exclude(args, config),
                                                         max_file_size=config.max_file_size, jobs=args.jobs))
    _require_articles(paths, result.extraction)
    output = args.output or _shown(config.baseline) or DEFAULT_BASELINE
    text = render_baseline(result.findings, rules.label)
    _emit(text, output)
    conflicts, drift = result.count("conflict"), result.count("drift")
    if not args.quiet:
        say(f"checker: wrote {conflicts + drift} finding{'s' * (conflicts + drift != 1)} ({conflicts} conflict"
            f"{'s' * (conflicts != 1)}, {drift} drift) to {shown_path(output)}")
    _print_problems(result.extraction.problems)
    return EXIT_CLEAN


def _cmd_diff(args) -> int:
    from checker import diff
    from checker.report.diff import render_findings_diff, render_source_diff
    from checker.report.json import dump

    config = _config(args)
    cache = _cache_dir(args, config)
    if args.baseline:
        old = diff.load_findings(args.baseline)
        if len(args.paths) == 1 and args.paths[0].endswith(".json") and Path(args.paths[0]).is_file():
            new, new_name = diff.load_findings(args.paths[0]), args.paths[0]
        else:
            from checker.baseline import entries_of
            from checker.pipeline import check

            paths, rules = _corpus(args, config), _rules(args, config)
            result = _with_progress(args, lambda progress: check(
                paths, rules, on_document=progress, cache=cache, exclude=_exclude(args, config),
                max_file_size=config.max_file_size, jobs=args.jobs))
            _require_articles(paths, result.extraction)
            new, new_name = entries_of(result.findings), " ".join(paths)
        view = diff.diff_findings(old, new, args.baseline, new_name)
        out = dump(view.to_json()) if args.format == "json" else render_findings_diff(view, **_layout(args))
    else:
        if len(args.paths) != 2:
            raise UsageError("diff needs two article files (checker diff A B), or --baseline OLD.json")
        view = diff.diff_sources(args.paths[0], args.paths[1], _rules(args, config), cache=cache, jobs=args.jobs)
        out = (dump({"a": view.a.to_json(), "b": view.b.to_json(), "rows": [r.to_json() for r in view.rows]})
               if args.format == "json" else render_source_diff(view, **_layout(args)))
    _emit(out, args.output)
    return EXIT_CLEAN


def _cmd_config(args) -> int:
    config = _config(args)
    origin = _shown(config.file) if config.file else None
    rules = _rules(args, config)

    def setting(value, default) -> dict:
        return {"value": value, "from": origin} if value not in (None, []) else {"value": default, "from": "default"}

    settings = {
        "paths": setting([_shown(p) for p in config.paths], []),
        "exclude": setting(list(config.exclude), []),
        "select": setting(list(config.select), []),
        "ignore": setting(list(config.ignore), []),
        "rules": setting([_shown(p) for p in config.rules], []),
        "fail-on": setting(config.fail_on, DEFAULT_FAIL_ON),
        "show": setting(config.show, "all"),
        "baseline": setting(_shown(config.baseline), None),
        "suppressions": setting(_shown(config.suppressions), _default_suppressions()),
        "cache-dir": setting(_shown(config.cache_dir), _cache_dir(argparse.Namespace(no_cache=False, cache_dir=None),
                                                                 config)),
        "max-file-size": setting(config.max_file_size, MAX_FILE_SIZE),
        **{f"checks.{check}": {"value": level, "from": origin if check in config.checks else rules.label}
           for check, level in rules.checks.items()},  # a check's level: the project's, else its rule pack's
    }
    if args.format == "json":
        from checker.report.json import dump

        print(dump({"file": origin, "settings": settings}), end="")
        return EXIT_CLEAN
    none = "ignored (--isolated)" if args.isolated else "none found (pyproject.toml [tool.checker] or checker.toml)"
    print(f"configuration: {origin or none + ': defaults'}")
    width = max(map(len, settings))
    for key, entry in settings.items():
        value = entry["value"]
        shown = " ".join(value) if isinstance(value, list) else value
        print(f"  {key:<{width}} {shown if shown not in (None, '') else '—':<32} {entry['from']}")
    return EXIT_CLEAN


def say(message: str, *, keep_newlines: bool = False) -> None:
    """One message on stderr, its control characters escaped (``checker.printable``): a file name or
    an article can neither restyle the terminal nor start a line of its own in a CI log."""
    print(printable(message, keep_newlines=keep_newlines), file=sys.stderr)


def _print_problems(problems) -> None:
    for problem in problems:
        say(f"checker: {problem.level}: {shown_path(problem.path)}: {problem.message}")


def _with_progress(args, run):
    """Call ``run(progress)`` with a progress callback that draws a bar on stderr when useful
    (never with --no-progress or -q)."""
    from checker.progress import Progress

    progress = Progress(enabled=not (args.no_progress or args.quiet))
    try:
        return run(progress)
    finally:
        progress.close()


def _shown(path: str | None) -> str | None:
    """A path as reports print it: relative to the working folder when it is inside it."""
    if path is None:
        return None
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _cmd_quantities(args) -> int:
    from checker.report.benchmark import render_line

    write = sys.stdout.write
    for line in sys.stdin:
        text = line.rstrip("\n")
        write(render_line(text, line_quantities(text, time_mask=not args.no_time_mask, code=args.language)))
    return EXIT_CLEAN


def line_quantities(text: str, time_mask: bool = True, code: str | None = None) -> list:
    """The quantities of one input line, read with the pack ``code`` (default English) and its
    usual number marks; a line longer than ``limits.MAX_SENTENCE`` is read in pieces, as
    extraction reads an overlong sentence, so that any line costs linear time."""
    from checker import timex
    from checker.limits import pieces
    from checker.numbers import find_quantities

    out = []
    for a, b in pieces(text):
        piece = text[a:b]
        found = find_quantities(piece, timex.calendar_spans(piece, language=code) if time_mask else (), code)
        out.extend(found if a == 0 else (dataclasses.replace(q, start=q.start + a, end=q.end + a) for q in found))
    return out


def _cmd_rules(args) -> int:
    from checker.ruleexplain import explain
    from checker.rulekinds import KINDS

    if args.action == "explain":
        if len(args.names) != 1:
            raise UsageError("rules explain needs one kind (metric, entities, event, boilerplate or checks) "
                             "or one rule id")
        name = args.names[0]
        print(explain(name, None if name in KINDS else _rules(args, _config(args))))
        return EXIT_CLEAN
    if args.action == "list" and args.names:
        raise UsageError("rules list takes no arguments; use --rules DIR for an extra rule folder")
    args.rules = [*(args.rules or []), *args.names]  # validate and test take their packs as arguments too
    rules = _rules(args, _config(args))
    if args.action == "validate":
        print(f"ok: {len(rules.files)} rule files ({rules.label})")
        return EXIT_CLEAN
    if args.action == "test":
        from checker.examples import run_examples

        count, failures = run_examples(rules)
        for failure in failures:
            print(f'{failure.where}: {failure.rule}: "{failure.text}": {failure.problem}')
        print(f"{len(failures)} of {count} examples failed ({rules.label})" if failures
              else f"ok: {count} examples passed ({rules.label})")
        return EXIT_FINDINGS if failures else EXIT_CLEAN
    for mid, metric in sorted(rules.metrics.items()):
        print(f"metric  {mid:<28} {metric.unit:<14} {metric.name}")
    for eid, event in sorted(rules.events.items()):
        print(f"event   {eid:<28} {event.granularity:<14} {event.name}")
    for entity in sorted(rules.entities, key=lambda e: e.name):
        print(f"entity  {entity.name:<28} {entity.type:<14} {', '.join(entity.aliases)}")
    for cid, level in rules.checks.items():
        doc = rules.check_docs.get(cid)
        print(f"check   {cid:<28} {level:<14} {doc.summary if doc else ''}".rstrip())
    return EXIT_CLEAN


def _cmd_init(args) -> int:
    from checker.scaffold import init

    folder = Path(args.folder)
    for name in init(folder, args.paths, force=args.force):
        print(f"wrote {_shown(str(folder / name))}")
    print(f"next: put articles in {_shown(str(folder / args.paths))}/ and run `checker check`")
    return EXIT_CLEAN


def _cmd_completion(args) -> int:
    from checker.completion import script

    sys.stdout.write(script(_parser(), args.shell))
    return EXIT_CLEAN


_COMMANDS = {"baseline": _cmd_baseline, "check": _cmd_check, "claims": _cmd_claims, "completion": _cmd_completion,
             "config": _cmd_config, "diff": _cmd_diff, "init": _cmd_init, "quantities": _cmd_quantities,
             "rules": _cmd_rules}


def _layout(args) -> dict:
    """Width and colour of a terminal-format report. Width: ``--width``, else ``COLUMNS``, else the
    terminal's (to a pipe: the report's own default). Colour: as rich decides for stdout, which
    honours ``NO_COLOR``, ``FORCE_COLOR``, ``TTY_COMPATIBLE`` and ``TERM=dumb`` the way other tools
    do. A report written to ``--output FILE`` is plain and only ``--width`` sets its width."""
    if args.output is not None:
        return {"width": args.width or None, "color": False}  # --width 0: as if not given
    import shutil  # only for a report on stdout

    from rich.console import Console

    console = Console(file=sys.stdout)
    width = args.width or shutil.get_terminal_size(fallback=(0, 0)).columns or None
    return {"width": width, "color": console.color_system is not None and not console.no_color}


def _emit(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to a file (``checker.atomic``: whole or not at all)."""
    if not output:
        try:
            sys.stdout.write(text)
        except BrokenPipeError:  # the reader left (`| head`): the run still goes on to its verdict
            _discard_stdout()
        return
    from checker.atomic import write_text  # only when writing a file

    try:
        write_text(output, text)
    except OSError as exc:  # a folder of that name, no permission, a full disk: the user's to fix
        raise UsageError(f"{output}: cannot write: {exc.strerror or exc}") from exc


def _discard_stdout() -> None:
    """The reader closed the pipe: send what is left to os.devnull, so that Python's own flush at
    exit neither fails nor prints "Exception ignored ... BrokenPipeError"."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
