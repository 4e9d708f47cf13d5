#!/usr/bin/env python3
"""Builds the initial fuzz corpora from the project's test data.

Run from the repository root: `python3 fuzz/seed_corpus.py`. It writes small
inputs (seeds, Golden Rules texts, short slices of the dev dumps, non-ASCII
and hostile snippets) into fuzz/corpus/<target>/, named by content hash so
re-running is idempotent. Afterwards minimise with `cargo fuzz cmin <target>`
(see README, Fuzzing).
"""
import hashlib, json, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
TEXT_TARGETS = ["tokens", "sentences", "article", "stream"]

def put(target, data: bytes):
    d = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

def texts():
    for p in sorted(glob.glob(os.path.join(DATA, "seeds", "*.txt"))):
        yield open(p, "rb").read()
    for case in json.load(open(os.path.join(DATA, "sbd", "golden_rules_en.json"))):
        yield case["text"].encode()
    for dump in ("dump_html_text", "dump_w3m"):
        for p in sorted(glob.glob(os.path.join(DATA, "extraction-dev", dump, "*.txt")))[:12]:
            raw = open(p, "rb").read()
            # a 1.5 KB slice from the middle, cut on a line boundary
            mid = len(raw) // 2
            start = raw.rfind(b"\n", 0, mid) + 1
            chunk = raw[start:start + 1500]
            yield chunk.decode("utf-8", "ignore").encode()
    hostile = [
        "U.S.-Russia talks on Sept. 15, 2023 at 5 p.m. ET cost $6.25 billion (3.5%).",
        "area.The US said.”We can https://example.com/a.b?c=d mail@example.org #tag @name",
        "Москва, 20 октября 2025. Президент заявил… «Мы готовы».",
        "서울에서 2025년 10월 20일 발표했다. 정부는 밝혔다.",
        "👩🏽‍🚀🇺🇦 e\u0301\u200d\u2028\u2029\r\n\t\u00a0\u0000\ufeff",
        "Mr. J.R.R. Tolkien, Ph.D., said \"Why now?\" he asked... No. 2 vs. No. 3!",
    ]
    for h in hostile:
        yield h.encode()

def grammar_lines():
    """Short header/footer lines: where dates, bylines, credits and outlets live."""
    for dump in ("dump_html_text", "dump_w3m"):
        for p in sorted(glob.glob(os.path.join(DATA, "extraction-dev", dump, "*.txt")))[:20]:
            lines = [l for l in open(p, encoding="utf-8").read().splitlines() if 0 < len(l.strip()) < 120]
            for l in lines[:25] + lines[-10:]:
                yield l.encode()
    for p in sorted(glob.glob(os.path.join(DATA, "seeds", "*.txt"))):
        for l in open(p, encoding="utf-8").read().splitlines():
            if 0 < len(l) < 200:
                yield l.encode()

def page_inputs():
    """Byte strings that drive the structure-aware page builder."""
    for i in range(48):
        h = b""
        for j in range(1 + i % 6):
            h += hashlib.sha256(b"page-%d-%d" % (i, j)).digest()
        yield h

def main():
    for data in texts():
        for t in TEXT_TARGETS:
            put(t, data)
    for data in grammar_lines():
        put("grammars", data)
    for data in page_inputs():
        put("page", data)
    for t in TEXT_TARGETS + ["grammars", "page"]:
        print(t, len(os.listdir(os.path.join(ROOT, "fuzz", "corpus", t))))

if __name__ == "__main__":
    main()
