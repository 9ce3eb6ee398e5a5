#!/usr/bin/env python3
"""Turn the peer benchmark's synthetic data into this project's input, so both generators build the same site.

usage: convert.py GEN_OUTDIR SITE_DIR

Reads GEN_OUTDIR/data/{films,people,sources}/*.yaml, written by ../shared/bench-peers/gen.py, and writes
SITE_DIR/input/ (one YAML file per film, person and source, and one facts file per entity) and SITE_DIR/seeds/
(one article per source holding every fact that cites it, so each citation quote really occurs in its seed).
Standard library only; the generator's YAML has fixed shapes whose scalars are JSON strings, numbers or dates.
"""
import json
import os
import re
import shutil
import sys


def scalar(text):
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text == "[]":
        return []
    return text


def read(path):
    """Parse one generated record: top-level `key: value`, lists of scalars, and lists of flat mappings."""
    record, key, item = {}, None, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            if not line.startswith(" "):
                key, _, value = line.partition(":")
                record[key] = scalar(value) if value.strip() else []
                item = None
            elif line.startswith("  - ") and ":" in line[4:] and not line[4:].startswith('"'):
                field, _, value = line[4:].partition(":")
                item = {field: scalar(value)}
                record[key].append(item)
            elif line.startswith("  - "):
                record[key].append(scalar(line[4:]))
            else:
                field, _, value = line.strip().partition(":")
                item[field] = scalar(value)
    return record


def q(text):
    return json.dumps(text, ensure_ascii=False)


def plain(markdown):
    """The first sentence of a generated summary, without Markdown emphasis, for a one-line summary."""
    text = re.sub(r"[*_]", "", markdown.split("\n")[0])
    return text.split(". ")[0].rstrip(".") + "."


def citations(fact, indent, words=None):
    """A `citations:` block citing a fact's source, in the block style of this repository's own input/, indented by
    `indent` spaces; with `words`, only the fact's first words, as a short quote a fan would write."""
    text = fact["text"] if words is None else " ".join(fact["text"].split()[:words])
    pad = " " * indent
    return f"{pad}citations:\n{pad}  - source: {fact['source']}\n{pad}    quote: {q(text)}\n"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def released(film):
    """The sentence a film's source says its release date in, as an article would: "X came out on 19 January 1993"."""
    year, month, day = (int(part) for part in str(film["date"]).split("-"))
    return f"{film['title']} came out on {day} {MONTHS[month - 1]} {year}."


def dated(film, indent):
    """A further citation of a film's release sentence, under a `citations:` block indented by `indent` spaces."""
    pad = " " * indent
    return f"{pad}  - source: {film['facts'][0]['source']}\n{pad}    quote: {q(released(film))}\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data, site = sys.argv[1], sys.argv[2]
    groups = {kind: [read(os.path.join(data, "data", kind, f)) for f in sorted(os.listdir(os.path.join(data, "data", kind)))]
              for kind in ("films", "people", "sources")}
    if os.path.exists(site):
        shutil.rmtree(site)
    for folder in ("seeds", "input/sources", "input/people", "input/works", "input/facts"):
        os.makedirs(os.path.join(site, folder))

    people, films, sources = groups["people"], groups["films"], groups["sources"]
    with open(os.path.join(site, "input", "site.yaml"), "w", encoding="utf-8") as fh:
        fh.write("title: Fan Microsite\ndescription: A synthetic fan site for the build benchmark.\nlanguage: en\n"
                 f"base_url: https://fans.example.org/\ncouple: [{people[0]['id']}, {people[1]['id']}]\n"
                 # Hugo's side draws no images, so the comparison leaves share cards out too.
                 "share_cards: false\n")

    # Every fact is about a person or a film; a source's own facts are about the first film or person citing it.
    facts_citing = {s["id"]: [] for s in sources}
    for group in (films, people, sources):
        for entity in group:
            for fact in entity["facts"]:
                facts_citing[fact["source"]].append(fact["text"])

    # A date on the site must be given by the words it cites: the source of a film's first fact also says when it came out.
    for f in films:
        facts_citing[f["facts"][0]["source"]].append(released(f))

    for s in sources:
        with open(os.path.join(site, "seeds", s["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(f"{s['title']}\n{s['publisher']}, {s['date']}\n\n" + "\n\n".join(facts_citing[s["id"]] or [s["title"]]) + "\n")
        with open(os.path.join(site, "input", "sources", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(f"- id: {s['id']}\n  seed: {s['id']}.txt\n  headline: {q(s['title'])}\n  date: {s['date']}\n"
                     f"  publisher: {q(s['publisher'])}\n  summary: {q(plain(s['summary']))}\n")

    for p in people:
        with open(os.path.join(site, "input", "people", p["id"] + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(f"- id: {p['id']}\n  name: {q(p['title'])}\n  relation: {q('Film ' + ', '.join(p['roles']) + ', born ' + str(p['born']))}\n"
                     f"  summary: {q(plain(p['summary']))}\n" + citations(p["facts"][0], 2))

    for f in films:
        first = f["facts"][0]
        credits = [f"    - person: {c['person']}\n      role: acted\n      as: {q(c['role'])}\n" + citations(first, 6, words=6)
                   for c in f["cast"]]
        credits.append(f"    - person: {f['director']}\n      role: directed\n" + citations(first, 6, words=6))
        with open(os.path.join(site, "input", "works", f["id"] + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(f"- id: {f['id']}\n  title: {q(f['title'])}\n  kind: film\n  year: {f['year']}\n"
                     f"  summary: {q(plain(f['summary']))}\n" + citations(first, 2, words=6) + dated(f, 2) + "  credits:\n"
                     + "".join(credits))

    subject_of_source = {s["id"]: next((c for c in s["cited_by"] if not c.startswith("s")), films[0]["id"]) for s in sources}
    for group in (films, people, sources):
        for entity in group:
            about = subject_of_source[entity["id"]] if entity["kind"] == "source" else entity["id"]
            lines = []
            for i, fact in enumerate(entity["facts"]):
                # A film's first fact carries its release date, so the timeline lists every film, as Hugo's does.
                date = f"\n  date: {entity['date']}" if entity["kind"] == "film" and i == 0 else ""
                lines.append(f"- id: {entity['id']}-{i + 1}\n  statement: {q(fact['text'])}\n  about: [{about}]{date}\n"
                             + citations(fact, 2) + (dated(entity, 2) if date else ""))
            with open(os.path.join(site, "input", "facts", entity["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines))

    print(f"convert: {len(films)} films, {len(people)} people, {len(sources)} sources -> {site}")


if __name__ == "__main__":
    main()
