#!/usr/bin/env python3
"""Score extraction plus check against a hand-coded claims corpus (JSON lines with `id`,
`text`, `verdict` and optionally `published`), by the corpus's own rule:

* a `consistent` or `inconsistent` passage must get that verdict for at least one claim and
  no other decided verdict for any claim;
* an `ambiguous` or `not_a_claim` passage must get no decided verdict.

A passage is *wrong* (the worst failure) when it gets a decided verdict it should not have:
the opposite verdict, or any decided verdict on an ambiguous passage or a distractor.

    cargo build --release --example check
    python3 tools/score_claims.py ../shared/claims-dev.jsonl [-v] [--lang] [--bin PATH] [--legacy]

`--lang` also splits the score into passages with Chinese, Japanese or Korean script and the
rest. The corpus is third-party text: it is read from where it lies and never copied into the
crate.
"""
import json
import re
import subprocess
import sys

BIN = "target/release/examples/check"
# `--legacy`: a build from before `--published` (for a baseline run): no dates passed, and a
# failed run (such builds read text starting with "[" as JSON) counts as no claim.
LEGACY = "--legacy" in sys.argv
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def verdicts(text, published):
    args = [BIN, "--json", "--text", text]
    if published and not LEGACY:
        args[1:1] = ["--published", published]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0 and LEGACY:
        return []
    if out.returncode != 0:
        raise SystemExit(f"check failed ({out.returncode}): {out.stderr.strip()}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def main():
    global BIN
    corpus, verbose, by_lang = sys.argv[1], "-v" in sys.argv, "--lang" in sys.argv
    if "--bin" in sys.argv:
        BIN = sys.argv[sys.argv.index("--bin") + 1]
    agree = total = wrong = 0
    by_kind, langs = {}, {}
    for line in open(corpus):
        rec = json.loads(line)
        reports = verdicts(rec["text"], rec.get("published"))
        decided = {r["verdict"] for r in reports} & {"consistent", "inconsistent"}
        want = rec["verdict"]
        ok = decided == {want} if want in ("consistent", "inconsistent") else not decided
        bad = bool(decided - {want})
        total += 1
        agree += ok
        wrong += bad
        k = by_kind.setdefault(want, [0, 0])
        k[0] += ok
        k[1] += 1
        lang = "cjk" if CJK.search(rec["text"]) else "other"
        l = langs.setdefault(lang, [0, 0, 0])
        l[0] += ok
        l[1] += 1
        l[2] += bad
        if verbose and not ok:
            tag = "WRONG" if bad else "MISS"
            print(f"{tag} {rec['id']}: want {want}, got {sorted(r['verdict'] for r in reports)}")
            for r in reports:
                b, t = r["baseline"], r["target"]
                print(f"    {r['verdict']}: base={b and (b['value'], b['year'])} target={t and (t['value'], t['year'])} rate={r['stated_cagr_pct']} period={r['cagr_period']}")
    print(f"{agree}/{total} passages agree ({100 * agree / total:.1f}%), {wrong} with a wrong decided verdict")
    for k, (a, n) in sorted(by_kind.items()):
        print(f"  {k}: {a}/{n}")
    if by_lang:
        for k, (a, n, w) in sorted(langs.items()):
            print(f"  [{k}] {a}/{n} agree ({100 * a / n:.1f}%), {w} wrong")


if __name__ == "__main__":
    main()
