"""``jobconv dialects infer FEED``: a draft dialect file for a feed no dialect fits.

The job element is found by structure (the repeated element whose children
are mostly leaves), each model field by element name (synonyms in several
languages) and, failing that, by content (dates, URLs, country codes,
salary-like text); every guess carries a comment saying why and how sure,
and what could not be placed is listed. The draft is a dialect file as
``--dialect FILE.yaml`` reads it (no XSD: its ``required`` fields are
checked), usable as it is on common shapes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .ampersands import Ampersands

#: How many jobs are looked at.
SAMPLE = 200

#: Element names (lower case, without ``_ - .`` or a namespace) that name
#: each model field, most telling first: English, German, French, Spanish,
#: Italian, Portuguese, Dutch, Polish.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "externalid": (
        "externalid",
        "id",
        "jobid",
        "referencenumber",
        "reference",
        "ref",
        "refnr",
        "requisitionid",
        "reqid",
        "vacancyid",
        "offerid",
        "postingid",
        "guid",
        "jobreference",
        "referenceid",
        "stellenid",
        "referenz",
        "identifiant",
        "codigo",
        "codice",
        "numero",
    ),
    "Title": (
        "title",
        "jobtitle",
        "position",
        "positiontitle",
        "jobname",
        "name",
        "role",
        "designation",
        "vacancy",
        "titel",
        "stellentitel",
        "stelle",
        "titre",
        "poste",
        "intitule",
        "titulo",
        "puesto",
        "cargo",
        "titolo",
        "vaga",
        "functie",
        "stanowisko",
    ),
    "Description": (
        "description",
        "jobdescription",
        "desc",
        "body",
        "content",
        "details",
        "text",
        "summary",
        "beschreibung",
        "stellenbeschreibung",
        "descriptif",
        "descripcion",
        "descrizione",
        "descricao",
        "omschrijving",
        "opis",
    ),
    "Employername": (
        "company",
        "companyname",
        "employer",
        "employername",
        "organization",
        "organisation",
        "hiringorganization",
        "advertiser",
        "client",
        "brand",
        "firma",
        "unternehmen",
        "arbeitgeber",
        "entreprise",
        "societe",
        "employeur",
        "empresa",
        "azienda",
        "werkgever",
        "pracodawca",
    ),
    "Applyto": (
        "applyurl",
        "applicationurl",
        "applylink",
        "apply",
        "url",
        "link",
        "joburl",
        "jobadurl",
        "href",
        "bewerbungslink",
        "lien",
        "enlace",
        "collegamento",
    ),
    "Location": (
        "location",
        "joblocation",
        "city",
        "town",
        "place",
        "locality",
        "workplace",
        "ort",
        "stadt",
        "arbeitsort",
        "ville",
        "lieu",
        "ciudad",
        "localidad",
        "ubicacion",
        "citta",
        "sede",
        "cidade",
        "plaats",
        "miasto",
        "lokalizacja",
    ),
    "Country": (
        "country",
        "countrycode",
        "countryiso",
        "nation",
        "land",
        "pays",
        "pais",
        "paese",
        "kraj",
    ),
    "Postedate": (
        "date",
        "postdate",
        "posted",
        "posteddate",
        "dateposted",
        "postingdate",
        "pubdate",
        "publishdate",
        "published",
        "publicationdate",
        "datepublished",
        "listdate",
        "created",
        "createdat",
        "startdate",
        "datum",
        "veroeffentlicht",
        "datepublication",
        "fecha",
        "fechapublicacion",
        "data",
        "datapubblicazione",
    ),
    "Expires": (
        "expires",
        "expire",
        "expiry",
        "expirydate",
        "expirationdate",
        "validthrough",
        "deadline",
        "closingdate",
        "enddate",
        "ablaufdatum",
        "fechalimite",
        "scadenza",
    ),
    "Salaryrange": (
        "salary",
        "salaryrange",
        "pay",
        "wage",
        "wages",
        "compensation",
        "remuneration",
        "gehalt",
        "lohn",
        "verguetung",
        "salaire",
        "remuneracion",
        "salario",
        "sueldo",
        "retribuzione",
        "stipendio",
        "salaris",
        "wynagrodzenie",
    ),
    "Compensationmin": ("salarymin", "minsalary", "salaryfrom", "payfrom", "minpay"),
    "Compensationmax": ("salarymax", "maxsalary", "salaryto", "payto", "maxpay"),
    "Compensationcurrency": ("currency", "salarycurrency", "currencycode", "waehrung", "moneda"),
    "Jobtype": (
        "jobtype",
        "employmenttype",
        "type",
        "contracttime",
        "workinghours",
        "hours",
        "schedule",
        "contracttype",
        "contract",
        "vertragsart",
        "anstellungsart",
        "arbeitszeit",
        "typecontrat",
        "contrat",
        "tipocontrato",
        "jornada",
        "contratto",
    ),
    "Category": (
        "category",
        "jobcategory",
        "categories",
        "sector",
        "department",
        "function",
        "jobfunction",
        "field",
        "kategorie",
        "bereich",
        "categorie",
        "categoria",
    ),
    "Industry": ("industry", "branche", "industrie", "industria"),
    "Employerlogo": ("logo", "companylogo", "employerlogo", "logourl"),
    "Employerwebsite": ("companyurl", "website", "companywebsite", "employerwebsite", "homepage"),
    "Employerdescription": ("companydescription", "aboutcompany", "employerdescription"),
    "Workarrangement": ("remote", "workplacetype", "worktype", "telecommute", "homeoffice"),
    "Experiencelevel": ("experience", "experiencelevel", "seniority", "level", "erfahrung"),
    "Skills": ("skills", "tags", "keywords", "competences", "kenntnisse"),
}

_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}/\d{2}/\d{2}"
    r"|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4}"
)
_URL = re.compile(r"https?://\S+$")
_MONEY = re.compile(
    r"[$€£¥₹]|\b(USD|EUR|GBP|PLN|CHF|per (year|hour|month|annum))\b|\d[\d,.\s]*\s*-\s*\d", re.I
)
_IMAGE = re.compile(r"\.(png|jpe?g|gif|svg|webp)(\?.*)?$", re.I)


def _key(name: str) -> str:
    """An element name as the synonym table holds it."""
    local = name.rpartition("}")[2].rpartition(":")[2]
    return re.sub(r"[-_.\s]", "", local).lower()


@dataclass
class Child:
    """One place in the job (a child, a nested child, an attribute) and what it holds."""

    path: str
    values: list[str] = field(default_factory=list)
    seen: int = 0
    line: int = 0

    def filled(self) -> list[str]:
        return [v for v in self.values if v.strip()]

    def share(self, pattern: re.Pattern[str]) -> float:
        filled = self.filled()
        return sum(1 for v in filled if pattern.search(v.strip())) / len(filled) if filled else 0.0


@dataclass
class Guess:
    field: str
    spec: str  # the YAML value
    why: str


@dataclass
class Draft:
    root: str
    job: list[str]
    jobs: int
    namespaces: dict[str, str]
    guesses: list[Guess]
    unplaced: list[Child]
    make_id: bool
    broke: str = ""

    def yaml(self, name: str, source: str) -> str:
        lines = [
            f"# A dialect jobconv inferred from {source} ({self.jobs} jobs looked at).",
            "# Check each guess, then: jobconv validate --dialect THIS.yaml FEED",
            *([f"# Note: {self.broke}."] if self.broke else []),
            f"name: {name}",
            f"title: {name}",
        ]
        if self.namespaces:
            spaces = ", ".join(f'{p}: "{u}"' for p, u in self.namespaces.items())
            lines.append(f"namespaces: {{{spaces}}}")
        lines += [f"root: {self.root}", f"job: [{', '.join(self.job)}]"]
        required = [g.field for g in self.guesses if g.field in ("Title", "Applyto")]
        if required:
            lines.append(f"required: [{', '.join(required)}]  # a job without these is S001")
        if self.make_id:
            lines.append("make_id: true  # no id element: jobconv makes a stable one per job")
        lines.append("fields:")
        for g in self.guesses:
            lines.append(f"  {g.field}: {g.spec}  # {g.why}")
        if self.unplaced:
            lines.append("# Not placed (add a field for any that matters):")
            for child in self.unplaced:
                sample = next(iter(child.filled()), "")
                shown = " ".join(sample.split())[:50]
                lines.append(
                    f"#   {child.path}: {shown!r}" if shown else f"#   {child.path}: (empty)"
                )
        return "\n".join(lines) + "\n"


def _parse(path: Path) -> tuple[etree._Element, str]:
    """The feed's first jobs' worth, parsed safely (bare ``&`` read as
    itself), and where it broke off, if it did (what came before is used)."""
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False
    )
    amps = Ampersands()
    root = None
    ended: Counter[str] = Counter()
    broke = ""

    def take() -> None:
        nonlocal root
        for event, element in parser.read_events():
            if root is None:
                root = element
            if event == "end" and isinstance(element.tag, str):
                ended[element.tag] += 1

    with open(path, "rb") as f:
        try:
            while chunk := f.read(256 * 1024):
                parser.feed(amps.fix(chunk))
                take()
                if ended and max(ended.values()) > SAMPLE * 3:
                    break
            else:
                parser.feed(amps.end())
                take()
        except etree.XMLSyntaxError as exc:
            take()
            line = exc.position[0] if exc.position else "?"
            broke = f"the feed breaks at line {line} ({exc.msg}): inferred from the jobs before it"
    if root is None:
        raise ValueError("no element found: is it XML?")
    return root, broke


def _job_path(root: etree._Element) -> list[etree._Element]:
    """The job elements: of the repeated elements with three element children
    or more, the most frequent (the shallowest, of equals)."""
    groups: dict[tuple[str, ...], list[etree._Element]] = defaultdict(list)

    def walk(node: etree._Element, path: tuple[str, ...]) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            here = (*path, child.tag)
            if sum(1 for c in child if isinstance(c.tag, str)) >= 3:
                groups[here].append(child)
            if len(here) < 6:
                walk(child, here)

    walk(root, (root.tag,))
    if not groups:
        raise ValueError("no element with three or more children: no job found")
    best = max(groups, key=lambda p: (len(groups[p]) > 1, len(groups[p]), -len(p)))
    return groups[best]


def _inventory(jobs: list[etree._Element]) -> dict[str, Child]:
    found: dict[str, Child] = {}

    def note(path: str, value: str, line: int) -> None:
        child = found.setdefault(path, Child(path, line=line))
        child.seen += 1
        if len(child.values) < 40:
            child.values.append(value)

    for job in jobs[:SAMPLE]:
        for name, value in job.attrib.items():
            note(f"@{_written(name, job)}", value, job.sourceline or 0)
        for child in job:
            if not isinstance(child.tag, str):
                continue
            tag = _written(child.tag, child)
            kids = [c for c in child if isinstance(c.tag, str)]
            if kids and not _html(child):
                for kid in kids:
                    note(
                        f"{tag}/{_written(kid.tag, kid)}",
                        "".join(kid.itertext()),
                        kid.sourceline or 0,
                    )
            else:
                note(tag, "".join(child.itertext()), child.sourceline or 0)
            for name, value in child.attrib.items():
                note(f"{tag}/@{_written(name, child)}", value, child.sourceline or 0)
    return found


def _html(element: etree._Element) -> bool:
    """Whether ``element``'s children are HTML markup (a description), not fields."""
    return all(
        etree.QName(c).localname.lower() in _HTML_TAGS for c in element if isinstance(c.tag, str)
    )


_HTML_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "b",
    "i",
    "strong",
    "em",
    "a",
    "div",
    "span",
    "h1",
    "h2",
    "h3",
    "h4",
}

#: Namespaces the draft names with a prefix (Atom's elements, say); others by local name.
_PREFIXES: dict[str, str] = {}


def _written(tag: str, element: etree._Element) -> str:
    """A tag as a path step: a namespaced one by local name in any namespace (``{*}company``)."""
    if not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    prefix = _PREFIXES.get(uri)
    return f"{prefix}:{local}" if prefix else "{*}" + local


def infer(path: Path) -> Draft:
    """The draft dialect of the feed at ``path``; ValueError if it holds no job-like element."""
    root, broke = _parse(path)
    jobs = _job_path(root)
    if broke:
        jobs = jobs[:-1] or jobs  # the last one was cut short
    first = jobs[0]
    chain = [first]
    while chain[-1].getparent() is not None:
        chain.append(chain[-1].getparent())
    chain.reverse()
    namespaces: dict[str, str] = {}
    _PREFIXES.clear()
    for element in chain:
        uri = etree.QName(element).namespace
        if uri and uri not in _PREFIXES:
            prefix = element.prefix or "f"
            namespaces.setdefault(prefix, uri)
            _PREFIXES[uri] = prefix
    steps = [_written(e.tag, e) for e in chain]
    children = _inventory(jobs)
    guesses, placed = _guess(children)
    unplaced = [
        c
        for p, c in children.items()
        if p not in placed and not any(q.startswith(p + "/") for q in placed)
    ]
    make_id = not any(g.field == "externalid" for g in guesses)
    draft = Draft(steps[0], steps, min(len(jobs), SAMPLE), namespaces, guesses, unplaced, make_id)
    draft.broke = broke
    return draft


def _guess(children: dict[str, Child]) -> tuple[list[Guess], set[str]]:
    """Model fields for the children: by name first, then by content."""
    by_field: dict[str, tuple[str, str]] = {}
    used: set[str] = set()
    keyed = {p: _key(p.rpartition("/")[2].lstrip("@")) for p in children}
    # By name: the synonym that comes first in a field's list wins.
    for name, synonyms in SYNONYMS.items():
        ranked = [
            (synonyms.index(keyed[p]), p)
            for p in children
            if keyed[p] in synonyms and p not in used and children[p].filled()
        ]
        if name == "Applyto":  # a link that is no URL is no apply link
            ranked = [(r, p) for r, p in ranked if children[p].share(_URL) > 0.5]
        if name in ("Postedate", "Expires"):
            ranked = [
                (r, p) for r, p in ranked if children[p].share(_DATE) > 0.5 or p.endswith("date")
            ]
        if ranked:
            _, chosen = min(ranked)
            used.add(chosen)
            sure = "sure" if keyed[chosen] in (synonyms[0], _key(name)) else "likely"
            said = chosen.rpartition("/")[2].replace("{*}", "")
            by_field[name] = (chosen, f"named {said!r}, a name for {name} ({sure})")
    # By content, for what names did not place.
    rest = [p for p in children if p not in used and children[p].filled()]
    for p in rest:
        child = children[p]
        if child.share(_DATE) > 0.8:
            if "Postedate" in by_field:
                continue  # another date (an update's): never pay, nor a place
            by_field["Postedate"] = (p, f"its values are dates ({_count(child, _DATE)}; likely)")
        elif child.share(_URL) > 0.8:
            if _IMAGE.search(child.filled()[0]) and "Employerlogo" not in by_field:
                by_field["Employerlogo"] = (p, "its values are image URLs (likely)")
            elif "Applyto" not in by_field:
                by_field["Applyto"] = (p, f"its values are URLs ({_count(child, _URL)}; likely)")
            else:
                continue
        elif "Country" not in by_field and _countries(child) > 0.8:
            by_field["Country"] = (p, "its values are country codes or names (likely)")
        elif "Salaryrange" not in by_field and child.share(_MONEY) > 0.8 and _short(child):
            by_field["Salaryrange"] = (p, "its values look like pay (a guess)")
        elif "Description" not in by_field and _long(child):
            by_field["Description"] = (p, "its values are long texts (likely)")
        else:
            continue
        used.add(p)
    if "externalid" not in by_field:
        for p in rest:
            if p in used:
                continue
            values = children[p].filled()
            if (
                len(values) > 1
                and len(set(values)) == len(values)
                and all(len(v) < 64 for v in values)
                and p.startswith("@")
            ):
                by_field["externalid"] = (p, "an attribute unique to each job (likely)")
                used.add(p)
                break
    guesses = []
    region = _region(children, keyed, used, by_field.get("Location"))
    for name in SYNONYMS:
        if name not in by_field:
            continue
        path, why = by_field[name]
        spec = _spec(name, path)
        if name == "Location" and region is not None:  # "Warsaw, Masovian Voivodeship"
            spec = f"{{join: [{path}, {region}], transform: [unescape]}}"
            why += f", with <{region.rpartition('/')[2]}> as its region"
            used.add(region)
        guesses.append(Guess(name, spec, why))
    return guesses, used


#: Names of a town's region, read after the town in ``Location`` (a city
#: and a state: Indeed's, neuvoo's).
REGIONS = (
    "state",
    "region",
    "province",
    "county",
    "bundesland",
    "kanton",
    "departement",
    "provincia",
    "estado",
    "regione",
    "wojewodztwo",
    "voivodeship",
)
#: Names of a town alone, which a region completes.
_TOWNS = frozenset({"city", "town", "locality", "stadt", "ort", "ville", "ciudad", "citta"})


def _region(
    children: dict[str, Child],
    keyed: dict[str, str],
    used: set[str],
    location: tuple[str, str] | None,
) -> str | None:
    """The child naming the region of the town ``Location`` was read from, if any."""
    if location is None or keyed[location[0]] not in _TOWNS:
        return None
    parent = location[0].rpartition("/")[0]
    found = [
        p
        for p in children
        if keyed[p] in REGIONS
        and p not in used
        and p.rpartition("/")[0] == parent
        and children[p].filled()
    ]
    return min(found, key=lambda p: REGIONS.index(keyed[p])) if found else None


def _spec(name: str, path: str) -> str:
    """The YAML for a field read from ``path``, with the transform it needs."""
    quoted = f'"{path}"' if path.startswith(("@", "{")) or ":" in path else path
    if name in ("Postedate", "Expires"):
        return f"{{from: {quoted}, transform: [date]}}"
    if name == "Country":
        return f"{{from: {quoted}, transform: [country]}}"
    if name == "Workarrangement":  # remote as a flag
        flags = '{"1": remote, "0": "", "true": remote, "false": "", "yes": remote, "no": ""}'
        return f"{{from: {quoted}, values: {flags}}}"
    if name in ("Title", "Employername", "Location", "Category"):
        return f"{{from: {quoted}, transform: [unescape]}}"
    return quoted


def _count(child: Child, pattern: re.Pattern[str]) -> str:
    filled = child.filled()
    return f"{sum(1 for v in filled if pattern.search(v.strip()))} of {len(filled)}"


def _countries(child: Child) -> float:
    from ..normalize.country import country_code

    filled = child.filled()
    return sum(1 for v in filled if country_code(v.strip())) / len(filled) if filled else 0.0


def _short(child: Child) -> bool:
    return all(len(v) < 80 for v in child.filled())


def _long(child: Child) -> bool:
    filled = child.filled()
    return sum(len(v) for v in filled) / len(filled) > 120 if filled else False
