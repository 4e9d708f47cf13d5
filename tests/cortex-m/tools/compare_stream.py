#!/usr/bin/env python3
"""The streaming entry point on the device against the whole-document parser.

    compare_stream.py STREAM_OUTPUT FIRMWARE_OUTPUT

For every seed, the title and body paragraphs the `stream` firmware printed
(`stream-title` / `stream-para` lines, fed line by line) must equal the
`title` and `body` of the record the `firmware` binary printed for it (which
scripts/embedded.sh checks byte for byte against `tidings parse`). The
`joined` input (every seed in a row) is skipped: there the stream keeps the
first article and the whole-document parser the densest, by design.

Exit status 0 when every seed matches.
"""
import json
import pathlib
import sys


def main():
    stream_out, firmware_out = sys.argv[1:3]
    titles, paras, ended = {}, {}, set()
    for raw in pathlib.Path(stream_out).read_bytes().decode().split("\n"):
        kind, _, rest = raw.partition(" ")
        name, _, text = rest.partition(" ")
        if kind == "stream-title":
            titles[name] = text
        elif kind == "stream-para":
            paras.setdefault(name, []).append(text)
        elif kind == "stream-end":
            ended.add(name)
    records = {}
    for raw in pathlib.Path(firmware_out).read_bytes().decode().split("\n"):
        if raw.startswith("record "):
            name, _, rec = raw[len("record ") :].partition(" ")
            records[name] = json.loads(rec)
    failures = 0
    names = [n for n in records if n != "joined"]
    for name in names:
        rec = records[name]
        problems = []
        if name not in ended:
            problems.append("stream did not finish")
        if titles.get(name) != rec["title"]:
            problems.append(f"title {titles.get(name)!r} vs {rec['title']!r}")
        got, want = paras.get(name, []), rec["body"]
        if got != want:
            k = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            problems.append(f"body: {len(got)} vs {len(want)} paragraphs, first difference at {k}")
        if problems:
            failures += 1
            print(f"  {name:<24} DIFFERENT: {'; '.join(problems)}")
        else:
            print(f"  {name:<24} same title and {len(want)} body paragraphs")
    if not names:
        print("no records to compare with")
        failures += 1
    print(f"stream vs whole document: {len(names) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
