"""The report as one self-contained HTML page, drawn from the same figures
``--format json`` gives: inline CSS, inline SVG charts, no script and no
request to anywhere (the only links are the rule docs). Every text the feed
supplied is escaped. The same figures give the same bytes: no clock is read.
"""

from __future__ import annotations

from html import escape

from .charts import bar_chart

#: Bars per chart; the rest are summed in one "others" bar.
TOP_BARS = 15

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
color:#1d2430;background:#f5f6f8}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{margin:0 0 4px;font-size:26px}h2{margin:16px 0 8px;font-size:20px}
.sub{color:#5b6473;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px 18px;min-width:150px}
.card b{display:block;font-size:28px}.card.good b{color:#1a7f37}.card.bad b{color:#c62828}
section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:0 18px 16px;
margin:16px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceef2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.chart text{font-size:12px;fill:#1d2430}.chart .value{font-weight:600}
.chart .tick{fill:#5b6473;font-size:11px}.chart .axis-title{fill:#5b6473;font-size:12px}
.chart .bar{fill:#3b6fd8}.chart .axis{stroke:#8a93a3;stroke-width:1}
.error{color:#c62828}.warning{color:#9a6700}.empty,.more{color:#5b6473}
code{font-size:13px}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));
gap:0 24px}
"""


def page(figures: dict) -> str:
    """The report page for ``figures`` (:meth:`Figures.as_dict`)."""
    body = [
        _heading(figures),
        _google(figures),
        _fields(figures),
        _rules(figures),
        _jobs_by(figures),
        _salaries(figures),
        _findings(figures),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>jobconv report: {escape(_feed_names(figures))}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _feed_names(figures: dict) -> str:
    return ", ".join(f["path"] for f in figures["feeds"]) or "no feed"


def _size(count: int | None) -> str:
    if count is None:
        return "—"
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if count < 1024 or unit == "GiB":
            return f"{count:,} bytes" if unit == "bytes" else f"{count:,.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return ""


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def _heading(figures: dict) -> str:
    jobs, google = figures["jobs"], figures["google"]
    accepted = google["accepted"]
    today = f" · dates judged as of {escape(figures['today'])}" if figures["today"] else ""
    rows = "".join(
        f"<tr><td><code>{escape(f['path'])}</code></td>"
        f"<td>{escape(f['dialect'] or 'told as read')}"
        f"{' · <b>broke off</b>: its jobs count nothing' if f.get('broken') else ''}</td>"
        f'<td class="n">{_size(f["bytes"])}</td><td class="n">{f["jobs"]:,}</td></tr>'
        for f in figures["feeds"]
    )
    cards = [
        ("", f"{jobs:,}", "jobs"),
        (
            "good" if accepted == jobs else "bad",
            f"{accepted:,}",
            f"Google would accept ({_pct(accepted, jobs)})",
        ),
        ("bad" if figures["errors"] else "", f"{figures['errors']:,}", "errors (as for Google)"),
        ("", f"{figures['warnings']:,}", "warnings"),
    ]
    card_html = "".join(
        f'<div class="card {cls}"><b>{value}</b>{label}</div>' for cls, value, label in cards
    )
    return (
        f'<h1>Feed report</h1>\n<p class="sub">{escape(_feed_names(figures))}{today}</p>\n'
        f'<div class="cards">{card_html}</div>\n'
        "<section><h2>Feeds</h2><table><tr><th>Feed</th><th>Dialect</th>"
        f'<th class="n">Size</th><th class="n">Jobs</th></tr>{rows}</table></section>'
    )


def _rule_link(code: str, name: str, url: str | None) -> str:
    label = f"{escape(code)} {escape(name)}"
    return f'<a href="{escape(url)}">{label}</a>' if url else label


def _google(figures: dict) -> str:
    google, jobs = figures["google"], figures["jobs"]
    urls = {r["code"]: r["url"] for r in figures["rules"]}
    text = (
        f"<p>{google['accepted']:,} of {jobs:,} jobs ({_pct(google['accepted'], jobs)}) would go"
        f" into JSON-LD for Google; {google['held_back']:,} are held back.</p>"
    )
    if google.get("nothing_published"):
        text += (
            f"<p><b>Nothing would be published:</b> {escape(google['nothing_published'])};"
            " <code>to-jsonld</code> writes no job of a run in which a feed broke off.</p>"
        )
    if not google["reasons"]:
        return f"<section><h2>Google</h2>{text}</section>"
    bars = [(f"{r['code']} {r['name']}", r["jobs"]) for r in google["reasons"][:TOP_BARS]]
    rows = "".join(
        f"<tr><td>{_rule_link(r['code'], r['name'], urls.get(r['code']))}</td>"
        f'<td class="n">{r["jobs"]:,}</td></tr>'
        for r in google["reasons"]
    )
    return (
        f"<section><h2>Google</h2>{text}<p>Why the others not (a job may have several"
        f" reasons):</p>{bar_chart(bars, 'jobs held back', title='Reasons jobs are held back')}"
        f'<table><tr><th>Rule</th><th class="n">Jobs held back</th></tr>{rows}</table></section>'
    )


def _fields(figures: dict) -> str:
    bars = [(f["field"], round(100 * f["share"], 1)) for f in figures["fields"]]
    chart = bar_chart(bars, "% of jobs that fill the field", percent=True, title="Field fill rates")
    return f"<section><h2>Fields filled</h2>{chart}</section>"


def _rules(figures: dict) -> str:
    rules = figures["rules"]
    if not rules:
        return "<section><h2>Findings per rule</h2><p>No findings.</p></section>"
    bars = [(f"{r['code']} {r['name']}", r["findings"]) for r in rules[:TOP_BARS]]
    rows = "".join(
        f"<tr><td>{_rule_link(r['code'], r['name'], r['url'])}</td>"
        f'<td class="n">{r["findings"]:,}</td></tr>'
        for r in rules
    )
    return (
        "<section><h2>Findings per rule</h2>"
        f"{bar_chart(bars, 'findings', title='Findings per rule')}"
        f'<table><tr><th>Rule (its documentation)</th><th class="n">Findings</th></tr>{rows}'
        "</table></section>"
    )


def _top(counts: dict[str, int]) -> list[tuple[str, float]]:
    items = list(counts.items())
    bars: list[tuple[str, float]] = [(k, v) for k, v in items[:TOP_BARS]]
    rest = items[TOP_BARS:]
    if rest:
        bars.append((f"({len(rest):,} others)", sum(v for _, v in rest)))
    return bars


def _jobs_by(figures: dict) -> str:
    charts = [
        ("Country", figures["countries"]),
        ("Category", figures["categories"]),
        ("Employment type", figures["employment_types"]),
        ("Work arrangement", figures["work_arrangements"]),
    ]
    inner = "".join(
        f"<div><h3>{name}</h3>{bar_chart(_top(counts), 'jobs', title=f'Jobs per {name}')}</div>"
        for name, counts in charts
    )
    return f'<section><h2>Jobs by</h2><div class="grid">{inner}</div></section>'


def _money(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"


def _salaries(figures: dict) -> str:
    salaries = figures["salaries"]
    if not salaries:
        return (
            "<section><h2>Salaries</h2><p>No job gives a salary that can be published.</p>"
            "</section>"
        )
    rows = "".join(
        f"<tr><td>{escape(s['currency'])}</td><td>{escape(s['period'].lower())}</td>"
        f'<td class="n">{s["jobs"]:,}</td><td class="n">{_money(s["min"])}</td>'
        f'<td class="n">{_money(s["median"])}</td><td class="n">{_money(s["max"])}</td></tr>'
        for s in salaries
    )
    charts = "".join(
        f"<div><h3>{escape(s['currency'])} per {escape(s['period'].lower())}</h3>"
        + bar_chart(
            [(b["range"], b["jobs"]) for b in s["buckets"]],
            "jobs",
            title=f"{s['currency']} per {s['period'].lower()}",
        )
        + "</div>"
        for s in salaries
    )
    return (
        "<section><h2>Salaries</h2><p>Each job's pay is the middle of its range; the median is"
        " to three significant figures.</p>"
        '<table><tr><th>Currency</th><th>Per</th><th class="n">Jobs</th><th class="n">Lowest</th>'
        f'<th class="n">Median</th><th class="n">Highest</th></tr>{rows}</table>'
        f'<div class="grid">{charts}</div></section>'
    )


def _findings(figures: dict) -> str:
    findings = figures["findings"]
    if not findings:
        return "<section><h2>Findings</h2><p>No findings.</p></section>"
    rows = "".join(
        f"<tr><td><code>{escape(_where(d))}</code></td><td>{escape(d['code'])}</td>"
        f'<td class="{escape(d["severity"])}">{escape(d["severity"])}</td>'
        f"<td>{escape(d['job_id'] or '')}</td><td>{escape(d['message'])}</td></tr>"
        for d in findings
    )
    more = figures["more_findings"]
    tail = (
        f'<p class="more">…and {more:,} more findings, not listed (the counts per rule above'
        " hold them all; <code>jobconv validate</code> lists every one).</p>"
        if more
        else ""
    )
    return (
        f"<section><h2>Findings</h2><p>The first {len(findings):,} findings, in feed order.</p>"
        "<table><tr><th>Where</th><th>Rule</th><th>Severity</th><th>Job</th><th>Message</th></tr>"
        f"{rows}</table>{tail}</section>"
    )


def _where(d: dict) -> str:
    return ":".join(str(p) for p in (d["file"], d["line"], d["column"]) if p is not None)
