"""Precision and recall of studysite's service cross-reference against the labels in bench/xref/.

    python3 bench/xref.py --gillouche SITE_DIR --awsdocs SITE_DIR [--lists]

SITE_DIR is a site built from the corpus; its services.json says which sections cover which services.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "xref"))
import sections as S  # noqa: E402

XREF = Path(__file__).parent / "xref"
SEP = " › "


def ancestors(sid, cat):
    out = []
    while cat.get(sid) and cat[sid][2]:
        sid = cat[sid][2]
        out.append(sid)
    return out


def related(cover, label, cat):
    """A cover is right for a label when it is the label, one of its features, or the label's service."""
    return cover == label or label in ancestors(cover, cat) or cover in ancestors(label, cat)


def site_covers(site):
    """{(note, place): set of ids}, {note: set of ids} and {note: set of ids} from the site's services.json.

    The second is what the services index lists a note under: the notes about each service (its "notes"), or,
    on a site from before that list, every note with a covering section. The third is every note with a
    covering section (awsdocs' folder check)."""
    found = list(Path(site).rglob("services.json"))
    if len(found) != 1:
        sys.exit(f"expected one services.json under {site}, found {len(found)}")
    by_place, about, by_note = defaultdict(set), defaultdict(set), defaultdict(set)
    data = json.loads(found[0].read_text(encoding="utf-8"))
    # studysite-services/2: sections are [note position, fragment, place]; services refer to them by position.
    notes, sections = data["notes"], data["sections"]
    for service in data["services"]:
        for i in service["covers"]:
            note, _, where = sections[i]
            by_place[(notes[note]["path"], where)].add(service["id"])
            by_note[notes[note]["path"]].add(service["id"])
        for n in service["notes"]:
            about[notes[n["note"]]["path"]].add(service["id"])
    return by_place, about, by_note


def title_of(file):
    """The note's title as studysite takes it here: a leading # heading, else the file name."""
    text = file.read_text(encoding="utf-8", errors="replace")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        m = re.search(r"^title:\s*(.+)$", text[:end], re.M)
        if m:
            return m.group(1).strip().strip("\"'")
        text = text[end + 4:]
    first = next((l for l in text.split("\n") if l.strip()), "")
    m = S.HEADING.match(first)
    return S.plain(m.group(2)) if m and len(m.group(1)) == 1 else file.stem


def shown(heading):
    """awsdocs' tab headings "[ Java ]" show as "Java" (an unresolved link reference keeps its text only)."""
    m = re.fullmatch(r"\[\s*(.*?)\s*\]", heading)
    return m.group(1) if m else heading


def place(headings, title):
    headings = [shown(h) for h in headings]
    return SEP.join(headings[1:] if headings and headings[0] == title else headings)


def ratio(a, b):
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"


def note_level(cat, by_note, lists, any_section=None):
    print("== Note level: gillouche-aws-notes (bench/xref/gillouche-notes.tsv; the notes each service lists as about it)")
    covers = correct = labelled = found = 0
    fps, misses, labels = [], [], []
    for line in (XREF / "gillouche-notes.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        note, ids = line.split("\t")
        truth = set() if ids == "-" else set(ids.split())
        labels.append((note, truth))
        predicted = by_note.get(note, set())
        for c in sorted(predicted):
            covers += 1
            if c in truth or set(ancestors(c, cat)) & truth:
                correct += 1
            else:
                fps.append((note, c))
        for t in sorted(truth):
            labelled += 1
            if t in predicted:
                found += 1
            else:
                misses.append((note, t))
    print(f"precision {ratio(correct, covers)}   recall {ratio(found, labelled)}")
    print(f"notes with a false cover: {len({n for n, _ in fps})}; notes missing their service: {len({n for n, _ in misses})}")
    if any_section is not None:
        # For comparison: the older reading, a note listed under every service one of its sections covers.
        pairs = [(n, c, truth) for n, truth in labels for c in any_section.get(n, set())]
        right = sum(1 for _, c, truth in pairs if c in truth or set(ancestors(c, cat)) & truth)
        hit = sum(1 for n, truth in labels for t in truth if t in any_section.get(n, set()))
        print(f"(read as 'any covering section': precision {ratio(right, len(pairs))}   recall {ratio(hit, labelled)})")
    if lists:
        print("-- misses (note, labelled service not listed):")
        for n, t in misses:
            print(f"   {n}\t{t}")
        print("-- false covers by service (how many notes):")
        for sid, k in Counter(c for _, c in fps).most_common():
            print(f"   {sid}\t{k}")
    print()


def section_level(cat, sites, lists):
    print("== Section level (bench/xref/sections.tsv)")
    notes_places = {}
    per = defaultdict(lambda: [0, 0, 0, 0])  # covers, correct, labelled, found
    fps, misses = [], []
    for line in (XREF / "sections.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        corpus, stratum, note, headings, ids = line.split("\t")
        by_place = sites[corpus][0]
        file = S.CORPORA / corpus / note
        key = (corpus, note)
        if key not in notes_places:
            notes_places[key] = title_of(file)
        p = place(headings.split(SEP) if headings else [], notes_places[key])
        truth = set() if ids == "-" else set(ids.split())
        predicted = by_place.get((note, p), set())
        for cell in (corpus, stratum, "all"):
            counts = per[cell]
            counts[0] += len(predicted)
            counts[1] += sum(1 for c in predicted if any(related(c, t, cat) for t in truth))
            counts[2] += len(truth)
            counts[3] += sum(1 for t in truth if any(related(c, t, cat) for c in predicted))
        wrong = sorted(c for c in predicted if not any(related(c, t, cat) for t in truth))
        lost = sorted(t for t in truth if not any(related(c, t, cat) for c in predicted))
        if wrong:
            fps.append((stratum, corpus, note, p, wrong, truth))
        if lost:
            misses.append((stratum, corpus, note, p, lost, predicted))
    for cell in ["all", "gillouche-aws-notes", "awsdocs-1k"] + S.STRATA:
        c = per[cell]
        if c[0] or c[2]:
            print(f"{cell:20} precision {ratio(c[1], c[0])}   recall {ratio(c[3], c[2])}")
    if lists:
        print("-- false covers (stratum, place: wrong covers; labelled):")
        for stratum, corpus, note, p, wrong, truth in fps:
            print(f"   [{stratum}] {note} › {p or '(lead)'}: {' '.join(wrong)}; labelled {' '.join(sorted(truth)) or '-'}")
        print("-- misses (stratum, place: labelled not covered; covered):")
        for stratum, corpus, note, p, lost, predicted in misses:
            print(f"   [{stratum}] {note} › {p or '(lead)'}: {' '.join(lost)}; covered {' '.join(sorted(predicted)) or '-'}")
    print()


def check_places(corpus, by_place):
    """How many covered places of the site this script cannot find in the notes (matching sanity check)."""
    known = set()
    for _, rel, f, _ in S.corpus_notes():
        if f.is_relative_to(S.CORPORA / corpus):
            title = title_of(f)
            known.update((rel, place(p, title)) for p, _ in ((list(map(S.plain, path)), t) for path, t in S.note_sections(f)))
    unknown = [k for k in by_place if k not in known]
    print(f"{corpus}: {len(by_place)} covered places in services.json, {len(unknown)} not found by this script"
          + (f" (first: {unknown[0]})" if unknown else ""))


def named_not_covering(cat, by_note):
    """awsdocs-1k notes whose title starts with a service's name but that do not cover it (nor a feature of it)."""
    base = S.CORPORA / "awsdocs-1k"
    spellings = []
    for sid, (names, acronyms, _) in cat.items():
        for n in names + acronyms:
            flags = 0 if n.isupper() or n in acronyms else re.I
            spellings.append((len(n), re.compile(rf"^(?:(?:Amazon|AWS)\s+)?{re.escape(n)}s?(?![\w@])", flags), sid))
    spellings.sort(key=lambda s: -s[0])
    named = uncovered = 0
    examples = []
    for f in sorted(base.rglob("*.md")):
        rel = f.relative_to(base).as_posix()
        title = title_of(f)
        sid = next((sid for _, rx, sid in spellings if rx.match(title)), None)
        if not sid:
            continue
        named += 1
        covers = by_note.get(rel, set())
        if not any(related(c, sid, cat) for c in covers):
            uncovered += 1
            examples.append(f"{rel} \"{title}\" ({sid}; covers {' '.join(sorted(covers)) or 'nothing'})")
    print(f"== awsdocs-1k: {named} notes whose title starts with a service name; {uncovered} of them do not cover it")
    for e in examples[:8]:
        print("   " + e)
    folder_missing = sum(1 for f in base.rglob("*.md")
                         if not any(related(c, f.relative_to(base).parts[0], cat)
                                    for c in by_note.get(f.relative_to(base).as_posix(), set())))
    print(f"== awsdocs-1k: {folder_missing} of {sum(1 for _ in base.rglob('*.md'))} notes do not cover their folder's service"
          " (kms, lambda, sns, sqs; or a feature of it)")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gillouche", required=True)
    ap.add_argument("--awsdocs", required=True)
    ap.add_argument("--lists", action="store_true", help="print the false covers and the misses")
    args = ap.parse_args()
    cat = S.catalog()
    sites = {"gillouche-aws-notes": site_covers(args.gillouche), "awsdocs-1k": site_covers(args.awsdocs)}
    for corpus, (by_place, _, _) in sites.items():
        check_places(corpus, by_place)
    print()
    note_level(cat, sites["gillouche-aws-notes"][1], args.lists, sites["gillouche-aws-notes"][2])
    section_level(cat, sites, args.lists)
    named_not_covering(cat, sites["awsdocs-1k"][2])


if __name__ == "__main__":
    main()
