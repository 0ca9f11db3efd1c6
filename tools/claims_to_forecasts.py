#!/usr/bin/env python3
"""Turn the hand-coded fields of a claims corpus into `cagr` Forecast JSON lines.

    python3 tools/claims_to_forecasts.py ../shared/claims-dev.jsonl > /tmp/forecasts.jsonl
    cargo run -q --example check -- --json /tmp/forecasts.jsonl > /tmp/reports.jsonl
    python3 tools/claims_to_forecasts.py --score ../shared/claims-dev.jsonl /tmp/reports.jsonl

This measures the checker alone (the figures as a person coded them), separately from
extraction. The corpus is third-party text: it is read from where it lies, never copied here.
Printed decimals are recovered from the passage (the coded value 6.1 may have been printed
"6.10"), since trailing zeros set the precision.
"""
import json
import re
import sys

CURRENCIES = {"USD": "USD", "CNY": "CNY", "EUR": "EUR", "GBP": "GBP", "INR": "INR", "JPY": "JPY"}
SCALES = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
          "crore": "crore", "lakh": "lakh"}
EXP = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "crore": 7, "lakh": 5, "one": 0}


def decimals(value, text):
    """Digits after the point as printed: the longest printing of `value` found in the text."""
    base = repr(float(value))
    if base.endswith(".0"):
        base = base[:-2]
    best = len(base.split(".")[1]) if "." in base else 0
    int_part, _, frac = base.partition(".")
    grouped = "{:,}".format(int(int_part)) if int_part.isdigit() else int_part
    for ip in {int_part, grouped}:
        pat = re.escape(ip) + (r"\." + re.escape(frac) if frac else r"(?:\.0*)?") + r"0*(?![\d])"
        for m in re.finditer(r"(?<![\d.,])" + pat, text):
            s = m.group(0)
            if "." in s:
                best = max(best, len(s.split(".")[1]))
    return best


def amount(fig, text):
    if not fig or fig.get("value") is None:
        return None
    unit = fig.get("unit", "")
    currency = next((c for k, c in CURRENCIES.items() if k in unit), None)
    scale = next((s for k, s in SCALES.items() if k in unit.lower()), "one")
    value = fig["value"]
    def one(v):
        out = {"value": float(v) * 10 ** EXP[scale], "scale": scale}
        if currency:
            out["currency"] = currency
        return out
    if isinstance(value, list):
        stated = {"value": one(value[0]), "upper": one(value[1])}
    else:
        stated = {"value": one(value), "decimals": decimals(value, text)}
    if fig.get("hedge") and not isinstance(value, list):
        stated["qualifier"] = fig["hedge"]
    out = {"amount": stated}
    if fig.get("year") is not None:
        out["when"] = {"year": fig["year"]}
    return out


def forecast(rec):
    text = rec["text"]
    f = {"source": {"quote": rec["id"]}}
    b, t = amount(rec.get("baseline"), text), amount(rec.get("target"), text)
    if b:
        f["baseline"] = b
    if t:
        f["target"] = t
    r = rec.get("stated_cagr_pct")
    if r is not None:
        frac = lambda p: float(repr(p / 100))
        if isinstance(r, list):
            f["rate"] = {"value": frac(r[0]), "upper": frac(r[1])}
        else:
            f["rate"] = {"value": frac(r), "decimals": decimals(abs(r), text)}
            if rec.get("stated_cagr_hedge"):
                f["rate"]["qualifier"] = rec["stated_cagr_hedge"]
    if rec.get("cagr_period"):
        f["period"] = rec["cagr_period"]
    return f


def score(corpus, reports):
    want = {json.loads(l)["id"]: json.loads(l)["verdict"] for l in open(corpus)}
    agree = 0
    for line in open(reports):
        r = json.loads(line)
        got, expected = r["verdict"], want[r["text"]]
        decided = got in ("consistent", "inconsistent")
        ok = got == expected if expected in ("consistent", "inconsistent") else not decided
        agree += ok
        if not ok:
            print(f"{r['text']}: expected {expected}, got {got} ({r.get('implied_cagr_range_pct')})")
    print(f"{agree}/{len(want)} agree")


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(sys.argv[2], sys.argv[3])
    else:
        for line in open(sys.argv[1]):
            print(json.dumps(forecast(json.loads(line))))
