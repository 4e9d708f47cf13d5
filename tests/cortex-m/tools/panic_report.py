#!/usr/bin/env python3
"""Which panic paths survive in a release firmware, and where they come from.

    panic_report.py OBJDUMP ADDR2LINE ELF REPO_ROOT [--max-own N]

Disassembles ELF (the runnable `firmware`, whose panic handler links), finds
every direct call into the panic machinery (`core::panicking::*`, slice/str
index failures, unwrap/expect failures, the panic handler) and resolves each
call site through its inlining chain with addr2line. With LTO almost
everything is inlined into a few functions, so the useful answer is the
innermost frame of *our* source (under REPO_ROOT) on that chain: the line
whose code, or the library call it makes, still carries a panic.

A site inside a library function that was not inlined (say
`core::unicode::..::lookup`) is traced up the call graph to the project
functions that call it.

Prints a report. Exit status 0, or 1 with `--max-own N` when more than N
places in the project's own source (not library code reached from it) still
carry a panic path: a regression gate, since the library places (libcore's
string searchers and Unicode tables) are out of the project's hands.
"""
import collections
import os
import re
import subprocess
import sys

PANIC_RE = re.compile(
    r"^(core::panicking::|core::slice::index::|core::str::slice_error_fail|core::str::.*slice_error_fail"
    r"|core::option::(unwrap|expect)_failed|core::result::unwrap_failed|core::cell::panic_already"
    r"|core::panic::|rust_begin_unwind|__rustc::rust_begin_unwind"
    r"|tidings_cortex_m::panic_exit$|[a-z_]+::panic$)"
)
FUNC_RE = re.compile(r"^([0-9a-f]+) <(.+)>:$")
BRANCH_RE = re.compile(r"^\s*([0-9a-f]+):\s+(b|bl|blx|b\.w|b[a-z]{2}(?:\.[nw])?)\s+(?:0x)?[0-9a-f]+ <(.+)>")
PROJECT_FN = ("tidings_core::", "tidings_cortex_m::")


def disassemble(objdump, elf):
    text = subprocess.run([objdump, "-d", "-C", "--no-show-raw-insn", elf], check=True, capture_output=True, text=True).stdout
    calls = []  # (site address, caller, callee)
    func = None
    for line in text.splitlines():
        m = FUNC_RE.match(line)
        if m:
            func = m.group(2)
            continue
        m = BRANCH_RE.match(line)
        if m and func:
            callee = re.sub(r"\+0x[0-9a-f]+$", "", m.group(3))
            if callee != func:
                calls.append((m.group(1), func, callee))
    return calls


def resolve(addr2line, elf, addrs):
    """{address: [(function, file, line), ...]}, innermost frame first."""
    out = subprocess.run(
        [addr2line, "-e", elf, "-f", "-i", "-C", "-a", *addrs], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    chains, cur, i = {}, None, 0
    while i < len(out):
        if re.match(r"^0x[0-9a-f]+$", out[i]):
            cur = format(int(out[i], 16), "x")
            chains[cur] = []
            i += 1
            continue
        fn = out[i]
        loc = out[i + 1] if i + 1 < len(out) else "??:0"
        path, _, line = loc.partition(" ")[0].rpartition(":")
        chains[cur].append((fn, path, line))
        i += 2
    return chains


def main():
    objdump, addr2line, elf, root = sys.argv[1:5]
    rest = sys.argv[5:]
    max_own = int(rest[1]) if len(rest) == 2 and rest[0] == "--max-own" else None
    root = os.path.realpath(root)

    def ours(path):
        return os.path.realpath(path).startswith(root + os.sep) if path.startswith("/") else False

    def short(path, line):
        if ours(path):
            return f"{os.path.relpath(os.path.realpath(path), root)}:{line}"
        m = re.search(r"/library/(.*)$", path)
        return f"{'library/' + m.group(1) if m else os.path.basename(path)}:{line}"

    calls = disassemble(objdump, elf)
    callers_of = collections.defaultdict(set)
    for _, caller, callee in calls:
        callers_of[callee].add(caller)
    sites = [(a, caller, callee) for a, caller, callee in calls if PANIC_RE.match(callee) and not PANIC_RE.match(caller)]
    if not sites:
        print("panic-never: no call into the panic machinery from non-panic code")
        return 0
    chains = resolve(addr2line, elf, [a for a, _, _ in sites])

    def project_callers(fn):
        """Nearest project functions above `fn` in the call graph."""
        seen, todo, found = {fn}, [fn], set()
        while todo:
            for c in callers_of.get(todo.pop(), ()):
                if c in seen:
                    continue
                seen.add(c)
                (found.add(c) if c.startswith(PROJECT_FN) else todo.append(c))
        return sorted(found)

    groups = collections.defaultdict(lambda: {"panics": set(), "via": set(), "sites": 0})
    own = set()
    for a, caller, callee in sites:
        chain = chains.get(a, [])
        idx = next((i for i, (_, path, _) in enumerate(chain) if ours(path)), None)
        if idx is not None:
            fn, path, line = chain[idx]
            key = f"{short(path, line)}  in {fn}"
            own.add(key)
            via = chain[idx - 1] if idx > 0 else None
        else:
            key = f"{caller} (library code), called from: " + (", ".join(project_callers(caller)) or "?")
            via = chain[0] if chain else None
        g = groups[key]
        g["panics"].add(callee.split("::")[-1])
        if via:
            g["via"].add(f"{via[0]} ({short(via[1], via[2])})")
        g["sites"] += 1
    print(f"panic-never: {len(sites)} call site(s) into the panic machinery remain, from {len(groups)} place(s):")
    for key in sorted(groups):
        g = groups[key]
        print(f"  {key}")
        if g["via"]:
            print(f"      via    {'; '.join(sorted(g['via']))}")
        print(f"      panics {', '.join(sorted(g['panics']))} ({g['sites']} site(s))")
    print(f"panic-never: {len(own)} of the places are in the project's own source")
    if max_own is not None and len(own) > max_own:
        print(f"panic-never: more than the allowed {max_own}: a change added a panic path to the core")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
