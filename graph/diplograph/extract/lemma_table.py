"""A lemma dictionary as an on-disk hash table, looked up in place instead of loaded.

simplemma's German dictionary has 1.1 million entries; building it as a Python dict costs about
0.3 s of CPU at every start even from a marshal file (two million bytes objects, each hashed),
while a whole ingest of the 1,028 10kGNAD articles looks up only about 84,000 keys. This table
is written once (per machine and dictionary, :mod:`.lemma_cache`) and read through ``mmap``:
opening it costs nothing, the pages are the operating system's and shared by every process
(``--jobs`` workers included), and a lookup is a CRC-32, one slot read and one slice compare.

Layout (native byte order, recorded in the header): a 32-byte header (magic, byte order, slot
bits, entry count, data length), a slot table of ``2**bits`` unsigned 64-bit words (0 = empty,
else ``offset | key length << 32 | value length << 48``, linear probing from ``crc32(key)``),
then the data: each key's bytes followed by its value's bytes. A file whose header, size or
byte order does not fit is refused (:func:`open_table` returns ``None``), never half-read.
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from zlib import crc32

_MAGIC = b"DGLEMTB1"
_ORDER = b"L" if sys.byteorder == "little" else b"B"
#: magic, byte order (+ 3 pad bytes), slot bits, entries, data length
_HEADER = struct.Struct("=8sc3xIQQ")
_LOW32 = 0xFFFFFFFF
_LOW16 = 0xFFFF


def table_bytes(entries: Mapping[bytes, bytes]) -> bytes:
    """The table file for ``entries`` (keys and values each shorter than 64 KiB)."""
    bits = max(4, (2 * len(entries)).bit_length())  # at most half the slots used
    mask = (1 << bits) - 1
    slots = array("Q", bytes(8 << bits))
    data = bytearray(b"\0")  # offset 0 marks an empty slot
    for key, value in entries.items():
        if len(key) > _LOW16 or len(value) > _LOW16 or len(data) > _LOW32:
            raise ValueError("entry or dictionary too large for a lemma table")
        word = len(data) | len(key) << 32 | len(value) << 48
        data += key
        data += value
        i = crc32(key) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = word
    header = _HEADER.pack(_MAGIC, _ORDER, bits, len(entries), len(data))
    return header + slots.tobytes() + bytes(data)


class LemmaTable(Mapping[str, str]):
    """``str → str`` over a table file, as simplemma's own ``bytes → bytes`` dict wrapper
    answers (keys encoded as UTF-8, values decoded)."""

    __slots__ = ("_map", "_slots", "_data", "_mask", "_count")

    def __init__(self, mapped: mmap.mmap, bits: int, count: int) -> None:
        self._map = mapped
        start = _HEADER.size
        self._slots = memoryview(mapped)[start : start + (8 << bits)].cast("Q")
        self._data = memoryview(mapped)[start + (8 << bits) :]
        self._mask = (1 << bits) - 1
        self._count = count

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """The value of ``key``, or ``default``."""
        k = key.encode()
        slots, data, mask = self._slots, self._data, self._mask
        i = crc32(k) & mask
        while word := slots[i]:
            off = word & _LOW32
            end = off + (word >> 32 & _LOW16)
            if data[off:end] == k:
                return str(data[end : end + (word >> 48)], "utf-8")
            i = (i + 1) & mask
        return default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        data = self._data
        for word in self._slots:
            if word:
                off = word & _LOW32
                yield str(data[off : off + (word >> 32 & _LOW16)], "utf-8")

    def __len__(self) -> int:
        return self._count


def open_table(path: Path) -> LemmaTable | None:
    """The table in ``path``, or ``None`` when it is missing, foreign, truncated or of the
    other byte order."""
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < _HEADER.size:
                return None
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    magic, order, bits, count, data_len = _HEADER.unpack_from(mapped)
    if magic != _MAGIC or order != _ORDER or bits > 40 or size != _HEADER.size + (8 << bits) + data_len:
        mapped.close()
        return None
    return LemmaTable(mapped, bits, count)
