"""Sections of the shared corpora, as studysite cuts them, for labelling and scoring.

A section is the text of a note from one ATX heading to the next (or before the first heading), with
its heading path as written. `python3 bench/xref/sections.py sample` prints the fixed-seed stratified
sample that `sections.tsv` labels; the harness (`bench/xref.py`) imports `note_sections` and `place`.
"""
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("CORPORA", "/work/shared/corpora"))
CATALOG = ROOT / "generator/core/src/main/resources/studysite/services/aws.yml"
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def note_sections(path):
    """[(heading path as written, text)] of a note; the lead section only when it has text."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
        lines = lines[end + 1:]
    sections, stack, text, fence = [], [], [], None
    current = None
    for line in lines:
        m = FENCE.match(line)
        if m and (fence is None or m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)):
            fence = None if fence else m.group(1)
        h = None if fence or m else HEADING.match(line)
        if h:
            if current is not None or "".join(text).strip():
                sections.append(([t for _, t in stack], "\n".join(text)))
            level = len(h.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, h.group(2)))
            current, text = h, []
        else:
            text.append(line)
    if current is not None or "".join(text).strip():
        sections.append(([t for _, t in stack], "\n".join(text)))
    return sections


def plain(heading):
    """A heading's text as studysite shows it: without Markdown emphasis, code marks and link targets."""
    s = re.sub(r"<[^>]+>", "", heading)
    s = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"(\*\*|__|`|\*)", "", s)
    s = re.sub(r"(?<!\w)_([^_]+)_(?!\w)", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


def catalog():
    """{id: (names, acronyms, parent)} from the catalog's one-line flow entries."""
    services = {}
    for line in CATALOG.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*- \{id: ([\w-]+), (.*)\}\s*$", line)
        if not m:
            continue
        body = m.group(2)
        field = lambda k: re.search(rf"\b{k}: (\[[^\]]*\]|\"[^\"]*\"|[^,}}]+)", body)
        def values(k):
            f = field(k)
            if not f:
                return []
            v = f.group(1)
            items = v[1:-1].split(",") if v.startswith("[") else [v]
            return [i.strip().strip('"') for i in items if i.strip()]
        plain_ = "plain: true" in body
        names = values("name") + values("aliases") + values("former") + ([] if plain_ else values("short"))
        parent = values("parent")
        services[m.group(1)] = (names, values("acronyms"), parent[0] if parent else None)
    return services


def namer(services):
    """A function: text -> set of service ids named in it (roughly; for stratifying only)."""
    pats = []
    for sid, (names, acronyms, _) in services.items():
        for n in names:
            if n.isupper():
                pats.append((re.compile(rf"(?<![\w@]){re.escape(n)}(?![\w@])"), sid))
            else:
                pats.append((re.compile(rf"(?<![\w@]){re.escape(n)}(?![\w@])", re.I), sid))
        for a in acronyms:
            pats.append((re.compile(rf"(?<![\w@]){re.escape(a)}(?![\w@])"), sid))
    return lambda text: {sid for p, sid in pats if p.search(text)}


GENERIC = re.compile(r"^(overview|general info(rmation)?|concepts?|key concepts|introduction|features?|use cases?"
                     r"|pricing|limits|quotas|best practices|security|monitoring|how it works|summary|basics"
                     r"|important|notes?|misc(ellaneous)?|other|related resources|examples?|getting started|prerequisites|considerations"
                     r"|limitations|next steps|see also|errors|contents|request parameters|response elements|(request|response) syntax"
                     r"|syntax|topics|benefits|terminology|architecture|troubleshooting)$", re.I)
FEATURES = re.compile(r"Instance Connect|Configuration Templates?|Event Notifications?|CloudWatch (Logs|Events|Alarms?|Metrics)"
                      r"|DynamoDB Streams|Lambda@Edge|Transfer Acceleration|Data Firehose|Contact Lens|Parameter Store"
                      r"|Flow Logs|Object Lambda|Session Manager|Route 53 Resolver|Lambda (function )?URLs?|Mobile Push"
                      r"|S3 Select|Glacier Select|Elastic IP|Secrets Manager rotation|SQS (FIFO|queues?)|SNS topics?", re.I)
STRATA = ["feature", "multi-heading", "named-heading", "generic-heading", "no-heading", "in-passing", "other"]


def corpus_notes():
    """(corpus, note path, file, service ids the note is about by its folder) for every note."""
    truth = {}
    for line in (Path(__file__).parent / "gillouche-notes.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            p, ids = line.split("\t")
            truth[p] = set() if ids == "-" else set(ids.split())
    for corpus in ("gillouche-aws-notes", "awsdocs-1k"):
        base = CORPORA / corpus
        for f in sorted(base.rglob("*.md")):
            rel = f.relative_to(base).as_posix()
            about = truth.get(rel, set()) if corpus.startswith("gillouche") else {rel.split("/")[0]}
            yield corpus, rel, f, about


def stratum(path, text, about, name):
    shown = [plain(h) for h in path]
    if FEATURES.search(" ".join(shown)) or FEATURES.search(text):
        return "feature"
    if any(len(name(h)) >= 2 for h in shown[:-1]):
        return "multi-heading"
    if shown and name(shown[-1]):
        return "named-heading"
    if shown and GENERIC.match(shown[-1]):
        return "generic-heading"
    if len(shown) <= 1:
        return "no-heading"
    if name(text) - about:
        return "in-passing"
    return "other"


def sample(per_cell=19, seed=15):
    services = catalog()
    name = namer(services)
    cells = {}
    for corpus, rel, f, about in corpus_notes():
        if rel in ("index.md", "README.md"):
            continue
        for path, text in note_sections(f):
            if len(text.strip()) < 40:
                continue
            cells.setdefault((corpus, stratum(path, text, about, name)), []).append((rel, path, text))
    rng = random.Random(seed)
    picked = []
    for corpus in ("gillouche-aws-notes", "awsdocs-1k"):
        for s in STRATA:
            pool = cells.get((corpus, s), [])
            for rel, path, text in rng.sample(pool, min(per_cell, len(pool))):
                picked.append((corpus, s, rel, path, text))
    return picked


if __name__ == "__main__" and sys.argv[1:] == ["sample"]:
    for i, (corpus, s, rel, path, text) in enumerate(sample()):
        body = re.sub(r"\n\s*\n+", "\n", text.strip())
        print(f"=== {i} [{s}] {corpus} {rel} :: {' > '.join(path) or '(none)'}\n{body[:500]}\n")
