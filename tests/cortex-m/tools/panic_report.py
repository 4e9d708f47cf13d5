#!/usr/bin/env python3
"""Which panic paths survive in a release firmware, and where they come from.

    panic_report.py OBJDUMP ADDR2LINE ELF

Disassembles ELF (the runnable `firmware`, whose panic handler links), finds
every direct call or branch from a non-panic function into the panic
machinery (`core::panicking::*`, slice/str index failures, unwrap/expect
failures, the panic handler), and resolves each call site through the
inlining chain with addr2line, so a bounds check inlined into a caller is
reported at its source line. With LTO most code is inlined into a few big
functions: the source lines are the useful part.

Prints a report; exit status 0 always (a report, not a gate yet).
"""
import collections
import re
import subprocess
import sys

PANIC_RE = re.compile(
    r"^(core::panicking::|core::slice::index::|core::str::slice_error_fail|core::str::.*slice_error_fail"
    r"|core::option::(unwrap|expect)_failed|core::result::unwrap_failed|core::cell::panic_already"
    r"|core::panic::|rust_begin_unwind|__rustc::rust_begin_unwind|core::fmt::.*::panic"
    r"|.*::panic_exit$|[a-z_]+::panic$)"
)
FUNC_RE = re.compile(r"^([0-9a-f]+) <(.+)>:$")
BRANCH_RE = re.compile(r"^\s*([0-9a-f]+):\s+(b|bl|blx|b\.w|b[a-z]{2}(?:\.[nw])?)\s+(?:0x)?[0-9a-f]+ <(.+)>")


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
    """Inline chains (innermost first) for each address."""
    if not addrs:
        return {}
    out = subprocess.run(
        [addr2line, "-e", elf, "-f", "-i", "-C", "-a", *addrs], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    chains, cur = {}, None
    i = 0
    while i < len(out):
        line = out[i]
        if re.match(r"^0x[0-9a-f]+$", line):
            cur = format(int(line, 16), "x")
            chains[cur] = []
            i += 1
            continue
        fn, loc = line, out[i + 1] if i + 1 < len(out) else "??"
        chains[cur].append((fn, re.sub(r".*/(core|tests|daemon|library|src)/", r"\1/", loc)))
        i += 2
    return chains


def main():
    objdump, addr2line, elf = sys.argv[1:4]
    calls = disassemble(objdump, elf)
    sites = [(a, caller, callee) for a, caller, callee in calls if PANIC_RE.match(callee) and not PANIC_RE.match(caller)]
    if not sites:
        print("panic-never: no call into the panic machinery from non-panic code")
        return 0
    chains = resolve(addr2line, elf, [a for a, _, _ in sites])
    by_source = collections.defaultdict(list)
    for a, caller, callee in sites:
        chain = chains.get(a, [])
        # The first frame of ours (not core/) is where the panic comes from.
        origin = next((loc for fn, loc in chain if not loc.startswith(("core/", "library/", "??"))), chain[0][1] if chain else "??")
        by_source[origin].append((caller, callee, chain))
    print(f"panic-never: {len(sites)} call site(s) into the panic machinery, from {len(by_source)} source location(s):")
    for origin, hits in sorted(by_source.items()):
        callees = sorted({c for _, c, _ in hits})
        callers = sorted({c for c, _, _ in hits})
        print(f"  {origin}")
        print(f"      calls   {', '.join(callees)}")
        print(f"      inside  {', '.join(callers)}")
        chain = hits[0][2]
        if len(chain) > 1:
            print("      inlined " + " <- ".join(fn for fn, _ in chain))
    return 0


if __name__ == "__main__":
    sys.exit(main())
