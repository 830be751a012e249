"""Generate realistic YubHub feeds of N jobs for benchmarks.

Usage: python benchmarks/generate.py N OUT.xml [--seed S]

Every job carries the 21 YubHub fields, a 1-5 KB HTML description in CDATA
and a mix of salaries, countries, arrangements and gaps like the ones real
feeds have. The output is deterministic for a given N and seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from xml.sax.saxutils import escape

TITLES = [
    "Data Engineer",
    "Senior Backend Developer",
    "Product Designer",
    "Site Reliability Engineer",
    "Account Executive",
    "Warehouse Associate",
    "Registered Nurse",
    "Machine Learning Engineer",
    "Customer Success Manager",
    "Financial Analyst",
]
SENIORITY = ["", "", "Senior ", "Junior ", "Lead ", "Principal ", "Staff "]
UNITS = ["Group", "Labs", "Health", "Retail", "Logistics", "Digital", "Energy", "Finance"]
EMPLOYERS = [
    ("Northwind Traders", "northwind.example"),
    ("Contoso Ltd", "contoso.example"),
    ("Fabrikam", "fabrikam.example"),
    ("Tailspin Toys", "tailspin.example"),
    ("Wide World Importers", "wideworld.example"),
]
PLACES = [
    ("London, England", "United Kingdom"),
    ("Berlin", "Germany"),
    ("Zurich", "Switzerland"),
    ("Austin, TX", "United States"),
    ("Toronto, ON", "CA"),
    ("North America", ""),
    ("Remote", "US"),
    ("Paris", "France"),
    ("Manchester", "GB"),
    ("Munich, Bavaria", "DE"),
    ("Seattle, WA", "USA"),
    ("New York, NY", "United States"),
    ("Vancouver, BC", "Canada"),
    ("Dublin", "Ireland"),
    ("Amsterdam", "Netherlands"),
    ("Madrid", "Spain"),
    ("Sydney, NSW", "Australia"),
    ("Bangalore, Karnataka", "India"),
    ("Lisbon", ""),
    ("Europe", ""),
    ("Anywhere", ""),
]


def salary(rng: random.Random) -> tuple[str, str, str, str]:
    """(currency, min, max, Salaryrange): amounts differ job to job, as in real feeds."""
    low = rng.randrange(30, 180) * 1000 + rng.choice((0, 0, 500, rng.randrange(1000)))
    high = low + rng.randrange(5, 60) * 1000
    kind = rng.randrange(8)
    if kind == 0:
        return "", "", "", f"${low:,}-${high:,}"
    if kind == 1:
        return "GBP", str(low), str(high), f"£{low:,} - £{high:,} per annum"
    if kind == 2:
        eu = f"€{low:,} – €{high:,}".replace(",", ".")
        return "", "", "", eu
    if kind == 3:
        return "CHF", str(low), str(high), f"CHF {low // 1000}k-{high // 1000}k"
    if kind == 4:
        return "", "", "", f"${low // 2000} - ${high // 2000} an hour"
    if kind == 5:
        return "", "", "", rng.choice(("Competitive", "DOE", "Negotiable"))
    if kind == 6:
        return "USD", str(low), str(high), ""
    return "", "", "", f"CA${low:,}"


JOBTYPES = ["full-time", "part-time", "contract", "Full Time", "internship", "temporary"]
LEVELS = ["senior", "mid", "junior", "entry", "lead", "mid-level"]
ARRANGEMENTS = ["remote", "hybrid", "onsite", "on-site"]
SENTENCES = [
    "You will design, build and operate services used by millions of people.",
    "We value clear writing, careful review and shipping small changes often.",
    "The team works across three time zones and meets in person twice a year.",
    "You will mentor colleagues and help shape our technical direction.",
    "Experience with distributed systems, queues and relational databases helps.",
    "We offer a learning budget, flexible hours and generous parental leave.",
]


def description(rng: random.Random, target: int) -> str:
    parts: list[str] = []
    size = 0
    while size < target:
        if rng.random() < 0.3:
            items = "".join(f"<li>{rng.choice(SENTENCES)}</li>" for _ in range(3))
            chunk = f"<p><strong>Responsibilities</strong></p>\n<ul>{items}</ul>\n"
        else:
            body = " ".join(rng.choice(SENTENCES) for _ in range(3))
            chunk = f"<p>{body}</p>\n"
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def job_xml(rng: random.Random, i: int) -> str:
    title = f"{rng.choice(SENIORITY)}{rng.choice(TITLES)}"
    employer, domain = rng.choice(EMPLOYERS)
    employer, domain = f"{employer} {rng.choice(UNITS)}", f"{rng.randrange(40)}.{domain}"
    location, country = rng.choice(PLACES)
    cur, lo, hi, text = salary(rng)
    desc = description(rng, int(rng.triangular(1000, 5000, 1000)))
    fields = [
        ("externalid", f"{i:08x}-{rng.randrange(16**3):03x}"),
        ("Title", title),
        ("Jobtype", rng.choice(JOBTYPES)),
        ("Experiencelevel", rng.choice(LEVELS)),
        ("Workarrangement", rng.choice(ARRANGEMENTS)),
        ("Salaryrange", text),
        ("Skills", "python, sql, communication, distributed systems"),
        ("Category", "Engineering"),
        ("Industry", "Technology"),
        ("Employername", employer),
        ("Employerlogo", f"https://logos.example/{domain}.png"),
        ("Employerdescription", f"{employer} builds things people use every day."),
        ("Employerwebsite", f"https://www.{domain}"),
        ("Compensationcurrency", cur),
        ("Compensationmin", lo),
        ("Compensationmax", hi),
        ("Applyto", f"https://jobs.{domain}/apply/{i}"),
        ("Location", location),
        ("Country", country),
        ("Postedate", f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"),
    ]
    lines = ["    <job>"]
    for name, value in fields[:2]:
        lines.append(f"      <{name}>{escape(value)}</{name}>")
    lines.append(f"      <Description><![CDATA[{desc}]]></Description>")
    for name, value in fields[2:]:
        lines.append(f"      <{name}>{escape(value)}</{name}>")
    lines.append("    </job>")
    return "\n".join(lines) + "\n"


def write_feed(n: int, out: Path, seed: int = 1) -> None:
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n')
        for i in range(n):
            f.write(job_xml(rng, i))
        f.write("  </jobs>\n</source>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_feed(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
