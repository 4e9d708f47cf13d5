#!/usr/bin/env python3
"""Flash/RAM/stack budgets of the firmware (issue 7's bars), as a table.

    budgets.py --size SIZE --nm NM --firmware ELF --empty ELF \
               --firmware-out QEMU_OUT --empty-out QEMU_OUT \
               [--stream ELF --stream-out QEMU_OUT]
               [--build-seconds N --run-seconds N] [--markdown FILE]

* flash = .vector_table + .text + .rodata + .data (the load image); the
  issue's "flash (.text + .rodata)" is shown too.
* core code = (.text + .rodata) of `firmware` minus that of `empty`, which
  has the same runtime, harness, seeds and buffers but does not parse.
* RAM = .data + .bss + peak stack. The record buffer (a copy of article text,
  JSON-escaped, sized by the caller) is reported apart: the bar is about
  what parsing needs beyond the article's own bytes.
* Unicode tables: sizes of the `tidings_core::ucd` statics in `firmware`,
  split into what news mode needs (word properties) and the UAX #29
  sentence-break table (`SENTENCE_*`: only `Mode::Uax29` sentences use it;
  since session 3 the article parser no longer calls the sentence splitter,
  so the firmware does not link it and it reads 0 B). The bar counts the
  core with the news tables; the UAX #29 table is reported apart, as the
  issue allows. Also libcore's own tables (`core::unicode`, behind
  `char::is_*`).
* stream: the `stream` firmware (every seed fed line by line into
  `tidings_core::stream`), minus `empty`, and its RAM (statics + stack; it
  has no record buffer).

Exit status 1 if a bar is missed; 2 if a regression ceiling is exceeded.

Ceilings: the bars are not met yet (README, "What it costs"), so CI runs
this in warn mode; the ceilings are what CI enforces meanwhile, a little
above the last measured sizes, so that a change that grows the core's flash
or stack fails CI even in warn mode. Lower them when a change shrinks the
core; raise them only on purpose, in the same commit as the reason.
"""
import argparse
import re
import subprocess
import sys

KIB = 1024
BAR_CORE_FLASH = 48 * KIB
BAR_RAM_16K = 8 * KIB
BAR_SECONDS = 5 * 60
# Regression ceilings (session 11 measured 200.4 KiB, 11.4 KiB, 171.6 KiB,
# 13.1 KiB). Raised in session 7 from 172 / 143 KiB on purpose: +5 KiB of
# flash for the rules that read pages from more sites (month abbreviations
# of seven languages, Korean and Chinese/Japanese dates and CJK lengths,
# bylines without `By`, brand outlets and closing places, inline adverts,
# the byline author's bio, the ASCII fast path of the folded prefix test).
# Raised in session 8 from 177 / 149 KiB on purpose: +3.4 KiB (document)
# and +3.5 KiB (stream) for British, broadcaster, wire-service and US pages
# (`Name in Place` bylines, a name above `Job title, Outlet Region`, outlet
# editions, bare caption labels, `REUTERS/…` and bracketed photo credits,
# breadcrumbs, a year glued to the time, dated standfirsts, inline adverts
# that cost like captions, the bio of a `By Name | Outlet` author, closing
# paragraphs, the mid-sentence test of hard-wrap detection, and the cheap
# gates that keep the role and credit tests off most blocks).
# Raised in session 9 from 179 / 151.5 KiB to 184 / 156.5 KiB on purpose:
# +5.5 KiB (document) and +5.4 KiB (stream) for pages in more languages —
# Turkish, Indonesian, Vietnamese, Hindi and Hebrew stop words and phrases,
# day-first numeric dates outside English, Indonesian time zones, Hindi months, the danda,
# Arabic stop words, month and weekday names, the `كتب:` / `بقلم` /
# `लेखक:` / `מאת:` bylines whose names have no capitals, `اقرأ أيضا` and other
# phrases, Italian/French `novembre`, Dutch, Polish and Turkish months —
# ordinal days beside a month (`June 11th 2024`), the `… afternoon. (KXYZ)`
# caption credit, and the publication-line penalty in the body score.
# Raised in session 10 from 184 / 156.5 KiB to 196.5 / 168 KiB on purpose:
# +12.4 KiB (document) and +11.5 KiB (stream), of which 8 KiB is the word
# table doubling to 4096 slots (the Greek, Swedish, Danish/Norwegian,
# Ukrainian and Czech/Slovak stop words took the 2048-slot table past 5/8
# full) and the rest those languages' words, month and weekday names and
# boilerplate phrases, the editorial-desk test for authors, the English
# date words that keep a numeric date month first, and more byline leads.
# The host-only fast paths of session 10
# (`SPEED_PATHS`) are not in the firmware.
# Raised in session 11 from 196.5 / 168 KiB to 200.5 / 171.5 KiB on
# purpose: +4.1 KiB (document, 195.7 -> 199.8) and +4.1 KiB (stream) for
# Chinese bylines (`作者：`, `记者`, ≈ 2.4 KiB), the byline place between
# bars, the long stamp line under a byline, `Key points:` lists, lists and
# interview turns inside the body, embedded posts' attribution lines,
# labelled image credits, comment sections below the body, closing runs
# and gallery headline repeats (each a page-level fix with its test). The
# session's one-fold table search (`search_lower`) is host-only. Then
# 201 / 172 KiB: the end-of-session refactor that made the twins of the
# anchor boost, the headed-run guard and the key-points marking one piece
# of code each (AnchorBoost, next_anchor, under_list_label) measured
# 200.4 / 171.6 KiB, +0.3 / +0.4 KiB, with identical records.
# Lowered in session 12 to 194 / 166 KiB: a device build keeps the word
# table of `features` at 2048 slots (`WORD_SLOTS`; the host's 4096 are for
# speed), −8 KiB, measured 193.3 / 165.2 KiB with that session's page
# rules (live pages, newsletter pitches, match reports) included.
CEIL_CORE_FLASH = int(194 * KIB)
CEIL_RAM_16K = 12 * KIB
CEIL_STREAM_FLASH = int(166 * KIB)
CEIL_STREAM_RAM = 14 * KIB
CAPACITY_LABELS = {
    "article_bytes": "  article record (firmware capacities)",
    "article_default_capacity_bytes": "  article record (core's default capacities)",
    "ram_per_paragraph_bytes": "  RAM per paragraph of capacity (+1 line)",
    "ram_per_boilerplate_bytes": "  RAM per boilerplate block of capacity",
}


def sections(size_tool, elf):
    out = subprocess.run([size_tool, "-A", elf], check=True, capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.match(r"^(\.\S+)\s+(\d+)\s+\d+", line)
        if m:
            found[m.group(1)] = int(m.group(2))
    return found


def symbols(nm_tool, elf):
    out = subprocess.run([nm_tool, "-S", "-C", "--size-sort", elf], check=True, capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ ([0-9a-f]+) (\S) (.*)$", line)
        if m:
            syms.append((int(m.group(1), 16), m.group(2), m.group(3)))
    return syms


def metrics(path):
    found, records = {}, {}
    for line in open(path, "rb").read().decode("utf-8", "replace").splitlines():
        parts = line.split(" ", 2)
        if parts[0] == "metric" and len(parts) == 3:
            found[parts[1]] = int(parts[2])
        elif parts[0] == "record" and len(parts) == 3:
            records[parts[1]] = len(parts[2].encode())
    return found, records


def kib(n):
    return f"{n / KIB:.1f} KiB" if n >= KIB else f"{n} B"


def main():
    ap = argparse.ArgumentParser()
    for flag in ("--size", "--nm", "--firmware", "--empty", "--firmware-out", "--empty-out"):
        ap.add_argument(flag, required=True)
    ap.add_argument("--input-bytes", type=int, required=True, help="bytes of the joined (>= 16 KiB) input")
    ap.add_argument("--stream")
    ap.add_argument("--stream-out")
    ap.add_argument("--build-seconds", type=int)
    ap.add_argument("--run-seconds", type=int)
    ap.add_argument("--markdown")
    a = ap.parse_args()

    fw, em = sections(a.size, a.firmware), sections(a.size, a.empty)
    fm, frec = metrics(a.firmware_out)
    emm, _ = metrics(a.empty_out)

    def code(s):
        return s.get(".text", 0) + s.get(".rodata", 0)

    def image(s):
        return s.get(".vector_table", 0) + code(s) + s.get(".data", 0)

    core_flash = code(fw) - code(em)
    syms = symbols(a.nm, a.firmware)
    ucd = sum(sz for sz, _, name in syms if name.startswith("tidings_core::ucd::"))
    ucd_uax29 = sum(sz for sz, _, name in syms if name.startswith("tidings_core::ucd::tables::SENTENCE_"))
    ucd_news = ucd - ucd_uax29
    core_news = core_flash - ucd_uax29
    lexicon = sum(sz for sz, _, name in syms if name.startswith("tidings_core::lexicon::"))
    # Anonymous constants: string literals and const tables without a symbol
    # name, e.g. libcore's case-mapping table behind `char::to_lowercase`.
    anon_big = [sz for sz, kind, name in syms if kind in "rR" and name.startswith(".L") and sz >= KIB]
    # char::is_alphabetic/is_lowercase/... pull in Rust's own Unicode tables.
    std_unicode = sum(sz for sz, kind, name in syms if kind in "rR" and name.startswith("core::unicode::"))

    out_buf = fm.get("out_buffer_bytes", 0)
    ram_statics = fw.get(".data", 0) + fw.get(".bss", 0)
    stack = fm.get("stack_peak_bytes", 0)
    ram_total = ram_statics + stack
    ram_parse = ram_total - out_buf
    json_joined = frec.get("joined", 0)

    rows = []  # (measure, firmware, empty, core, bar, ok)

    def row(measure, f="", e="", c="", bar="", ok=None):
        rows.append((measure, f, e, c, bar, "" if ok is None else ("PASS" if ok else "FAIL")))

    ceilings = []  # (measure, value, ceiling)

    def ceiling(measure, value, limit):
        ceilings.append((measure, value, limit))
        rows.append(("  regression ceiling", "", "", kib(value), f"ceiling {kib(limit)}", "ok" if value <= limit else "REGRESSED"))

    row("flash .text", kib(fw.get(".text", 0)), kib(em.get(".text", 0)), kib(fw.get(".text", 0) - em.get(".text", 0)))
    row("flash .rodata (incl. seeds)", kib(fw.get(".rodata", 0)), kib(em.get(".rodata", 0)), kib(fw.get(".rodata", 0) - em.get(".rodata", 0)))
    row("flash .text + .rodata", kib(code(fw)), kib(code(em)), kib(core_flash))
    row("  of which Unicode tables (ucd)", kib(ucd), "", kib(ucd))
    row("    news mode (word properties)", kib(ucd_news), "", kib(ucd_news))
    row("    UAX #29 sentence-break table", kib(ucd_uax29), "", kib(ucd_uax29))
    row("core without the UAX #29 table", "", "", kib(core_news), f"<= {kib(BAR_CORE_FLASH)}", core_news <= BAR_CORE_FLASH)
    ceiling("core flash", core_news, CEIL_CORE_FLASH)
    row("  of which Rust core's Unicode tables", kib(std_unicode), "", kib(std_unicode))
    row("  of which abbreviation lexicon", kib(lexicon), "", kib(lexicon))
    row("  of which anonymous constants >= 1 KiB", f"{kib(sum(anon_big))} in {len(anon_big)}", "", "")
    row("flash image (+ vectors + .data)", kib(image(fw)), kib(image(em)), kib(image(fw) - image(em)))
    row("RAM .data + .bss", kib(ram_statics), kib(em.get(".data", 0) + em.get(".bss", 0)), kib(ram_statics - em.get(".data", 0) - em.get(".bss", 0)))
    row("  of which record buffer", kib(out_buf), kib(emm.get("out_buffer_bytes", 0)), "")
    row("stack peak (all inputs)", kib(stack), kib(emm.get("stack_peak_bytes", 0)), kib(stack - emm.get("stack_peak_bytes", 0)))
    row("RAM .data + .bss + stack", kib(ram_total), "", "")
    row(f"RAM for a {kib(a.input_bytes)} article, excl. record buffer", kib(ram_parse), "", "", f"<= {kib(BAR_RAM_16K)}", ram_parse <= BAR_RAM_16K)
    ceiling("RAM for the joined article", ram_parse, CEIL_RAM_16K)
    row("record of that article (JSON)", kib(json_joined), "", "", f"<= buffer {kib(out_buf)}", 0 < json_joined <= out_buf if out_buf else None)
    # Capacity metrics of the record function (tests/cortex-m/src/record.rs).
    for name, value in fm.items():
        if name in CAPACITY_LABELS:
            row(CAPACITY_LABELS[name], kib(value), "", "")
    if a.input_bytes and json_joined:
        row("record bytes per article byte", f"{json_joined / a.input_bytes:.3f}", "", "")
    st_flash = st_ram = st_stack = st_state = None
    if a.stream and a.stream_out:
        st = sections(a.size, a.stream)
        sm, _ = metrics(a.stream_out)
        st_flash = code(st) - code(em)
        st_stack = sm.get("stack_peak_bytes", 0)
        st_state = sm.get("stream_state_bytes", 0)
        st_ram = st.get(".data", 0) + st.get(".bss", 0) + st_stack
        row("stream firmware .text + .rodata", kib(code(st)), kib(code(em)), kib(st_flash))
        ceiling("stream flash", st_flash, CEIL_STREAM_FLASH)
        row("stream RAM: .data + .bss + stack (any article size)", kib(st_ram), "", "")
        ceiling("stream RAM", st_ram, CEIL_STREAM_RAM)
        row("  of which the Stream (window + block slots)", kib(st_state), "", "")
    if a.build_seconds is not None and a.run_seconds is not None:
        total = a.build_seconds + a.run_seconds
        row("firmware build + QEMU runs", f"{a.build_seconds} s + {a.run_seconds} s", "", "", f"<= {BAR_SECONDS} s", total <= BAR_SECONDS)

    head = ("measure", "firmware", "empty", "core (diff)", "bar", "")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |" for r in [head] + rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    table = "\n".join(lines)
    print(table)
    if a.markdown:
        # The README's compact table (README.md, "Embedded use").
        ratio = f"{json_joined / a.input_bytes:.2f}" if a.input_bytes and json_joined else "?"
        md = [
            "| what | measured | bar |",
            "|---|---|---|",
            f"| core code + read-only data (flash), news-mode Unicode tables included | {kib(core_news)} | ≤ {kib(BAR_CORE_FLASH)} |",
            f"| … of which Unicode tables for news mode (`ucd` word properties; Rust's `core::unicode`) | {kib(ucd_news)}; {kib(std_unicode)} | |",
            f"| UAX #29 sentence-break table (used by `Mode::Uax29` only; 0 B when not linked) | {kib(ucd_uax29)} | reported apart |",
            f"| RAM for a {kib(a.input_bytes)} article beyond its bytes (statics + stack, record buffer apart) | {kib(ram_parse)} | ≤ {kib(BAR_RAM_16K)} |",
            f"| … of which stack peak (article record included) | {kib(stack)} | |",
            f"| article record at the firmware's capacities | {kib(fm.get('article_bytes', 0))} | |",
            f"| article record at the core's default capacities | {kib(fm.get('article_default_capacity_bytes', 0))} | |",
            f"| RAM per paragraph of capacity (paragraph + line slot) | {fm.get('ram_per_paragraph_bytes', 0)} B | |",
            f"| RAM per boilerplate block of capacity | {fm.get('ram_per_boilerplate_bytes', 0)} B | |",
            f"| record buffer per article byte (JSON) | {ratio} B | |",
        ]
        if st_flash is not None:
            md += [
                f"| streaming entry point (`stream`): core code + read-only data | {kib(st_flash)} | |",
                f"| streaming: RAM, any article length (statics + stack) | {kib(st_ram)} | |",
                f"| … of which the `Stream<4096, 32>` (text window + block slots) | {kib(st_state)} | |",
            ]
        with open(a.markdown, "w") as f:
            f.write("\n".join(md) + "\n")
    regressed = [f"{m} {kib(v)} > {kib(c)}" for m, v, c in ceilings if v > c]
    if regressed:
        print("regression ceiling exceeded: " + "; ".join(regressed))
        return 2
    failed = [r[0] for r in rows if r[5] == "FAIL"]
    if failed:
        print("budget exceeded: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
