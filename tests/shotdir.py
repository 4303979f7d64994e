"""Where tests save the screenshots a person looks at: never inside the repository."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def shot_dir(sub: str) -> Path:
    """ASN_TEST_SCREENSHOTS/<sub> when that is set (to keep them), else a folder in the system temp."""
    base = os.environ.get("ASN_TEST_SCREENSHOTS") or os.path.join(tempfile.gettempdir(), "asn-test-screenshots")
    return Path(base) / sub
