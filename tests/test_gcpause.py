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


def test_settler_freezes_after_the_first_and_every_nth_article_and_unfreezes_at_close() -> None:
    import gc

    from diplograph.gcpause import Settler

    settler = Settler(every=3)
    try:
        assert not gc.isenabled()  # paused while the first article's resources are built
        settler.tick()
        assert not gc.isenabled()  # and for the rest of the run: the ticks collect
        first = gc.get_freeze_count()
        assert first > 0
        kept = [[i] for i in range(1000)]  # long-lived data made after the first article
        for _ in range(500):  # an article's reference cycles
            cycle: list[object] = []
            cycle.append(cycle)
        del cycle
        settler.tick()
        assert gc.get_freeze_count() == first
        settler.tick()
        assert gc.get_freeze_count() >= first + len(kept)
        assert gc.get_freeze_count() < first + len(kept) + 500  # the cycles were collected, not frozen
    finally:
        settler.close()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_settler_closed_before_any_article_turns_the_collector_back_on() -> None:
    import gc

    from diplograph.gcpause import Settler

    Settler().close()
    assert gc.isenabled()
