"""Shell completion scripts (`checker completion bash|zsh|fish`), written from the command line's
own argparse parser, so that a new command or option completes without editing a script.

Each script completes the commands, each command's options, the values of options that take a
fixed set (``--format``, ``--fail-on``, ...) and file names elsewhere. No extra dependency: the
scripts are plain shell, printed for the user to source or install.
"""
from __future__ import annotations

import argparse

SHELLS = ("bash", "zsh", "fish")


def _commands(parser: argparse.ArgumentParser) -> dict[str, tuple[argparse.ArgumentParser, str]]:
    """Each command's parser and one-line help."""
    for action in parser._actions:  # argparse keeps its subcommands here, with no public accessor
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return {name: (sub, helps.get(name, "")) for name, sub in action.choices.items()}
    return {}


def _options(parser: argparse.ArgumentParser) -> list[tuple[list[str], list[str] | None, str]]:
    """(option strings, fixed values or None, help) of each optional argument."""
    out = []
    for action in parser._actions:
        if action.option_strings:
            choices = [str(c) for c in action.choices] if action.choices else None
            out.append((list(action.option_strings), choices, (action.help or "").split(";")[0]))
    return out


def _positional_choices(parser: argparse.ArgumentParser) -> list[str]:
    """Fixed values of a command's first positional argument (``rules list|explain|...``)."""
    for action in parser._actions:
        if not action.option_strings and action.choices:
            return [str(c) for c in action.choices]
    return []


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell`` (one of SHELLS)."""
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](parser)


def _bash(parser: argparse.ArgumentParser, prog: str = "checker") -> str:
    commands = _commands(parser)
    cases = []
    for name, (sub, _) in commands.items():
        words = [o for opts, _, _ in _options(sub) for o in opts] + _positional_choices(sub)
        values = [f'            {"|".join(opts)}) COMPREPLY=($(compgen -W "{" ".join(choices)}" -- "$cur")); return;;'
                  for opts, choices, _ in _options(sub) if choices]
        cases.append(f'        {name})\n          case "$prev" in\n' + "\n".join(values) + ("\n" if values else "")
                     + f'          esac\n          words="{" ".join(words)}";;')
    return f"""# bash completion for {prog}: source it, or save it as
# ~/.local/share/bash-completion/completions/{prog}
_{prog}() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} words command=""
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${{COMP_WORDS[i]}}" in -*) ;; *) command=${{COMP_WORDS[i]}}; break;; esac
    done
    if [[ -z "$command" ]]; then
        COMPREPLY=($(compgen -W "{" ".join(commands)} --help --version" -- "$cur"))
        return
    fi
    case "$command" in
{chr(10).join(cases)}
        *) words="";;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
    fi
}}
complete -o filenames -F _{prog} {prog}
"""


def _zsh(parser: argparse.ArgumentParser) -> str:
    return ("#compdef checker\n# zsh completion for checker: save it as _checker in a folder of $fpath, or source it\n"
            "autoload -U +X bashcompinit && bashcompinit\n" + _bash(parser).split("\n", 2)[2])


def _fish(parser: argparse.ArgumentParser, prog: str = "checker") -> str:
    commands = _commands(parser)
    lines = [f"# fish completion for {prog}: save it as ~/.config/fish/completions/{prog}.fish",
             f"complete -c {prog} -f"]
    for name, (sub, summary) in commands.items():
        lines.append(f"complete -c {prog} -n __fish_use_subcommand -a {name} -d {_quote(summary)}")
        seen = f"__fish_seen_subcommand_from {name}"
        for opts, choices, help_text in _options(sub):
            flags = " ".join(f"-l {o[2:]}" if o.startswith("--") else f"-s {o[1:]}" for o in opts)
            values = f" -xa {_quote(' '.join(choices))}" if choices else ""
            lines.append(f"complete -c {prog} -n '{seen}' {flags}{values} -d {_quote(help_text[:60])}")
        if _positional_choices(sub):
            lines.append(f"complete -c {prog} -n '{seen}' -xa {_quote(' '.join(_positional_choices(sub)))}")
        lines.append(f"complete -c {prog} -n '{seen}' -F")
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
