#!/usr/bin/env python3
"""Score extraction plus check against a hand-coded claims corpus (JSON lines with `id`,
`text` and `verdict`), by the corpus's own rule:

* a `consistent` or `inconsistent` passage must get that verdict for at least one claim and
  no other decided verdict for any claim;
* an `ambiguous` or `not_a_claim` passage must get no decided verdict.

    cargo build --release --example check
    python3 tools/score_claims.py ../shared/claims-dev.jsonl [-v]

The corpus is third-party text: it is read from where it lies and never copied into the crate.
"""
import json
import subprocess
import sys

BIN = "target/release/examples/check"


def verdicts(text):
    out = subprocess.run([BIN, "--json", "--text", text], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def main():
    corpus, verbose = sys.argv[1], "-v" in sys.argv
    agree = total = 0
    by_kind = {}
    for line in open(corpus):
        rec = json.loads(line)
        reports = verdicts(rec["text"])
        decided = {r["verdict"] for r in reports} & {"consistent", "inconsistent"}
        want = rec["verdict"]
        ok = decided == {want} if want in ("consistent", "inconsistent") else not decided
        total += 1
        agree += ok
        k = by_kind.setdefault(want, [0, 0])
        k[0] += ok
        k[1] += 1
        if verbose and not ok:
            print(f"MISS {rec['id']}: want {want}, got {sorted(r['verdict'] for r in reports)}")
            for r in reports:
                b, t = r["baseline"], r["target"]
                print(f"    {r['verdict']}: base={b and (b['value'], b['year'])} target={t and (t['value'], t['year'])} rate={r['stated_cagr_pct']} period={r['cagr_period']}")
    print(f"{agree}/{total} passages agree ({100 * agree / total:.1f}%)")
    for k, (a, n) in sorted(by_kind.items()):
        print(f"  {k}: {a}/{n}")


if __name__ == "__main__":
    main()
