"""Shared fixtures. Evaluation data lives in ../shared (never in this repo): tests that need it
skip with a message when it is absent, as on a user's fresh machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the evaluation data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not found at {path} (set TIDINGS_SHARED to its folder)")
    return path


@pytest.fixture
def golden_dir() -> Path:
    return shared_path("golden")


@pytest.fixture
def data_dir() -> Path:
    return shared_path("data")
