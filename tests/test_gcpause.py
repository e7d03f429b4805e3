"""The collector is off inside a paused call and restored after it, also on errors."""

from __future__ import annotations

import gc

import pytest

from diplograph.gcpause import paused_gc


@paused_gc
def _state() -> bool:
    return gc.isenabled()


@paused_gc
def _fails() -> None:
    raise ValueError("boom")


@paused_gc
def _nested() -> tuple[bool, bool]:
    return gc.isenabled(), _state()


def test_off_inside_on_after() -> None:
    assert gc.isenabled()
    assert _state() is False
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError, match="boom"):
        _fails()
    assert gc.isenabled()


def test_nested_calls_keep_it_off_until_the_outermost_returns() -> None:
    assert _nested() == (False, False)
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        assert _state() is False
        assert not gc.isenabled()
    finally:
        gc.enable()
