#!/usr/bin/env python3
"""The README's "Embedded use" example is the checked example, verbatim.

    readme_example.py EXAMPLE_RS README [README...]

Uses the first README that has an "Embedded use" heading, takes the first
```rust block after that heading and requires it to equal EXAMPLE_RS (which
scripts/embedded.sh builds for thumbv7em-none-eabihf and runs under QEMU).
"""
import pathlib
import re
import sys


def main():
    example = pathlib.Path(sys.argv[1]).read_text()
    for readme in sys.argv[2:]:
        path = pathlib.Path(readme)
        if not path.exists():
            continue
        text = path.read_text()
        head = re.search(r"^#+\s*Embedded use\s*$", text, re.M)
        if not head:
            continue
        block = re.search(r"^```rust[^\n]*\n(.*?)^```", text[head.end() :], re.M | re.S)
        if not block:
            print(f"{readme}: no ```rust block after the Embedded use heading")
            return 1
        if block.group(1) != example:
            print(f"{readme}: the Embedded use example differs from {sys.argv[1]} (copy the file into the README)")
            return 1
        print(f"{readme}: Embedded use example == {sys.argv[1]}")
        return 0
    print("no README with an Embedded use section: " + ", ".join(sys.argv[2:]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
