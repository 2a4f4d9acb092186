"""Every command teaches by example, and every option says what it does (sqlite-utils' rule)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from cli import cli

COMMANDS = sorted(cli.commands)
OPTIONS = [(name, p.name) for name in COMMANDS for p in cli.commands[name].params
           if isinstance(p, click.Option) and not p.hidden]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_examples(name: str) -> None:
    command = cli.commands[name]
    assert command.help and command.help.strip(), f"{name} has no help text"
    examples = command.help.split("Examples:", 1)
    assert len(examples) == 2, f"{name}'s help has no Examples: block"
    assert any(line.strip().startswith(("evidence ", "cat ")) for line in examples[1].splitlines())
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c}-{o}" for c, o in OPTIONS])
def test_every_option_has_help(command: str, option: str) -> None:
    param = next(p for p in cli.commands[command].params if p.name == option)
    assert isinstance(param, click.Option)
    assert param.help, f"evidence {command} {'/'.join(param.opts)} has no help text"


def test_group_options_have_help_and_the_group_has_examples() -> None:
    for param in cli.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"evidence {'/'.join(param.opts)} has no help text"
    assert cli.help is not None and "Examples:" in cli.help
