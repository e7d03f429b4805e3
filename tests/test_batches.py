"""BatchWriter hands items over in order, a batch at a time, and returns the writer's error."""

from __future__ import annotations

import pytest

from diplograph.batches import BatchWriter


@pytest.mark.parametrize("background", [False, True])
def test_items_arrive_in_order_in_batches(background: bool) -> None:
    seen: list[list[int]] = []
    with BatchWriter(seen.append, 3, background=background) as writer:
        for n in range(7):
            writer.add(n)
    assert seen == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.parametrize("background", [False, True])
def test_what_was_collected_is_written_when_the_caller_fails(background: bool) -> None:
    seen: list[list[int]] = []
    with pytest.raises(KeyError), BatchWriter(seen.append, 10, background=background) as writer:
        writer.add(1)
        writer.add(2)
        raise KeyError("bad article")
    assert seen == [[1, 2]]


def test_the_writer_threads_error_reaches_the_caller() -> None:
    def write(batch: list[int]) -> None:
        if 4 in batch:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"), BatchWriter(write, 2, background=True) as writer:
        for n in range(100):  # the error comes back at a later add or at the end, never a hang
            writer.add(n)
