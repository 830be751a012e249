"""Horizontal bar charts as inline SVG, drawn here so the page needs no
script, no library and no network: a label per bar (the y axis), the value
written at each bar's end, and an x axis with ticks and its title."""

from __future__ import annotations

import math
from html import escape

ROW, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 22, 230, 380, 70
TOP, AXIS_HEIGHT = 6, 40
MAX_LABEL = 34


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == round(value) else f"{value:,.1f}"


def nice_step(top: float) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about four ticks."""
    raw = max(top / 4, 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def bar_chart(
    bars: list[tuple[str, float]], axis: str, percent: bool = False, title: str = ""
) -> str:
    """An SVG chart of ``bars`` (label, value), one row each, longest scale
    to the largest value (100 with ``percent``); ``axis`` names the x axis."""
    if not bars:
        return '<p class="empty">Nothing to chart.</p>'
    largest = max(max(v for _, v in bars), 1)
    step = 25.0 if percent else max(nice_step(largest), 1)
    top = 100.0 if percent else step * math.ceil(largest / step)
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = TOP + ROW * len(bars) + AXIS_HEIGHT
    unit = "%" if percent else ""
    parts = [
        f'<svg class="chart" width="{width}"'
        f' height="{height}" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="{escape(title or axis)}">'
    ]
    for i, (label, value) in enumerate(bars):
        y = TOP + i * ROW
        length = BAR_WIDTH * value / top if top else 0
        shown = f"{_number(value)}{unit}"
        parts.append(
            f"<g><title>{escape(label)}: {shown}</title>"
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(_short(label))}'
            f"</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{ROW - 6}"'
            f' class="bar"></rect>'
            f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{y + 15}" class="value">'
            f"{shown}</text></g>"
        )
    base = TOP + ROW * len(bars)
    parts.append(
        f'<line x1="{LABEL_WIDTH}" y1="{TOP}" x2="{LABEL_WIDTH}" y2="{base}" class="axis"></line>'
        f'<line x1="{LABEL_WIDTH}" y1="{base}" x2="{LABEL_WIDTH + BAR_WIDTH}" y2="{base}"'
        ' class="axis"></line>'
    )
    for tick in range(round(top / step) + 1):
        x = LABEL_WIDTH + BAR_WIDTH * tick * step / top
        parts.append(
            f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" class="axis"></line>'
            f'<text x="{x:.1f}" y="{base + 16}" text-anchor="middle" class="tick">'
            f"{_number(tick * step)}{unit}</text>"
        )
    parts.append(
        f'<text x="{LABEL_WIDTH + BAR_WIDTH / 2}" y="{base + 34}" text-anchor="middle"'
        f' class="axis-title">{escape(axis)}</text></svg>'
    )
    return "".join(parts)
