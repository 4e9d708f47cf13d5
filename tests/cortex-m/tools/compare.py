#!/usr/bin/env python3
"""Byte-identity of device and host records.

    compare.py DEVICE_OUTPUT SEEDS_DIR TIDINGS_BIN

For every `record NAME JSON` line the firmware printed, runs
`TIDINGS_BIN parse FILE` on the same input on the host, removes the
daemon-only trailing `,"source":{...},"ingested_at":"..."` members and
requires the rest to equal the device's JSON byte for byte. The `joined`
input is rebuilt with the same rule as tests/cortex-m/build.rs.

Exit status 0 when every record matches and every seed has one.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

DAEMON_TAIL = ',"source":{'


def joined(seeds):
    """Every seed, then the first again, each ending in exactly one blank line
    (tests/cortex-m/build.rs)."""
    parts = []
    for path in seeds + seeds[:1]:
        parts.append(path.read_bytes().rstrip(b"\r\n") + b"\n\n")
    return b"".join(parts)


def strip_daemon_fields(line):
    """The record minus the daemon's trailing source/ingested_at members.

    A raw `,"source":{` can only be structural: inside a JSON string every
    `"` is escaped, so this finds the daemon's member, never article text.
    """
    at = line.find(DAEMON_TAIL)
    if at < 0:
        return None, "host record has no source member"
    keys = list(json.loads(line).keys())
    if keys[-2:] != ["source", "ingested_at"]:
        return None, f"host record does not end with source, ingested_at (keys {keys})"
    return line[:at] + "}", None


def first_difference(a, b):
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return n, a[max(0, n - 40) : n + 40], b[max(0, n - 40) : n + 40]


def main():
    device_out, seeds_dir, tidings = sys.argv[1:4]
    seeds = sorted(pathlib.Path(seeds_dir).glob("*.txt"))
    device = {}
    for raw in pathlib.Path(device_out).read_bytes().split(b"\n"):
        if raw.startswith(b"record "):
            name, _, rec = raw[len(b"record ") :].partition(b" ")
            device[name.decode()] = rec
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [(p.stem, p) for p in seeds]
        jp = pathlib.Path(tmp) / "joined.txt"
        jp.write_bytes(joined(seeds))
        inputs.append(("joined", jp))
        for name, path in inputs:
            dev = device.get(name)
            if dev is None:
                print(f"  {name:<24} MISSING on the device")
                failures += 1
                continue
            run = subprocess.run([tidings, "parse", str(path)], capture_output=True)
            out = run.stdout.rstrip(b"\n")
            if run.returncode != 0 or b"\n" in out:
                why = f"exit {run.returncode}" if run.returncode else "more than one line"
                print(f"  {name:<24} HOST FAILED ({why}): {run.stderr.decode(errors='replace')[:200]}")
                failures += 1
                continue
            host, err = strip_daemon_fields(out.decode())
            if err:
                print(f"  {name:<24} HOST RECORD UNEXPECTED: {err}")
                failures += 1
                continue
            host = host.encode()
            if host == dev:
                print(f"  {name:<24} identical ({len(dev)} bytes)")
            else:
                at, d, h = first_difference(dev, host)
                print(f"  {name:<24} DIFFERENT at byte {at} (device {len(dev)}, host {len(host)} bytes)")
                print(f"      device: {d!r}\n      host:   {h!r}")
                failures += 1
    print(f"byte-identity: {len(inputs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
