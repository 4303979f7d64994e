"""Give the memory a long job freed back to the operating system.

After an export or a merge the Python objects are gone, but glibc's allocator keeps the
freed pages in the process (the window showed ~800 MB after a regency export). On Linux
``malloc_trim(0)`` returns them; elsewhere (Windows, macOS, musl) there is nothing to call:
dropping the references is all, and the allocator returns what it can by itself.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                fn = ctypes.CDLL(None).malloc_trim  # glibc; absent on musl
                fn.argtypes = [ctypes.c_size_t]
                fn.restype = ctypes.c_int
                _trim = fn
            except (OSError, AttributeError):
                _trim = None
    return _trim


def kembalikan_memori() -> bool:
    """Collect cycles, then hand free heap pages back to the OS; True when something was trimmed."""
    gc.collect()
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
