"""Render the review screen of the seed corpus to SVG at 80x24 and 160x48.

    python docs/screenshots.py

Writes docs/review-80x24.svg and docs/review-160x48.svg; the ledger is not touched.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from factcheck.config import Settings
from factcheck.pipeline import scan
from factcheck.review.app import ReviewApp
from factcheck.review.session import ReviewSession

DOCS = Path(__file__).parent


async def shoot(size: tuple[int, int]) -> None:
    """Open the review and save what it shows."""
    review = ReviewApp(ReviewSession.start(scan(), Settings()))
    async with review.run_test(size=size) as pilot:
        await pilot.pause()
        review.save_screenshot(f"review-{size[0]}x{size[1]}.svg", str(DOCS))


if __name__ == "__main__":
    for size in ((80, 24), (160, 48)):
        asyncio.run(shoot(size))
