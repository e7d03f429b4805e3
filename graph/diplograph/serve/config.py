"""What an endpoint allows: time and size limits, and who may write."""

from __future__ import annotations

from dataclasses import dataclass

#: Default per-query time limit (seconds): the cookbook queries take milliseconds on 10kGNAD.
DEFAULT_TIMEOUT_S = 10.0
#: Default largest serialised answer (bytes); a larger one is refused, not cut short.
DEFAULT_MAX_RESULT_BYTES = 16 * 1024 * 1024
#: Largest request body (an update or a graph to store) read into memory.
DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
#: Default room for answers kept until the next write (bytes; diplograph.serve.answers).
DEFAULT_CACHE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class ServeConfig:
    """The limits and rights of one endpoint.

    ``token`` is required whenever ``allow_update`` is set: SPARQL Update and Graph Store
    writes then need ``Authorization: Bearer <token>``. Reading never needs it.
    """

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    allow_update: bool = False
    token: str | None = None
    #: Room for answers kept until the next write (0: keep none).
    cache_bytes: int = DEFAULT_CACHE_BYTES

    def __post_init__(self) -> None:
        if self.allow_update and not self.token:
            raise ValueError("allow_update needs a bearer token")
        if self.timeout_s <= 0 or self.max_result_bytes <= 0 or self.max_body_bytes <= 0:
            raise ValueError("limits must be positive")
        if self.cache_bytes < 0:
            raise ValueError("the answer cache cannot be negative")
