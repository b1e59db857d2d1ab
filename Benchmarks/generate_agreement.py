#!/usr/bin/env python3
"""Writes an agreement of N scheme lines: the Northmoor sample (its JSON document on stdin) repeated until it has N
lines, with providers, contracts, metrics and contributions in proportion, and twelve monthly returns a line (the
year to date on a straight line, each line a little over or under its budget). Copies keep every reference inside
their own copy, so the document checks as the sample does.

Usage: s75 export northmoor.s75 | generate_agreement.py N > big.json
"""
import copy
import json
import sys

MONTHS = [f"2025-{m:02d}" for m in range(4, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]


def renamed(value, suffix):
    return value if suffix == "" else f"{value}-{suffix}"


def copy_of(sample, n, suffix):
    """The sample's schemes, providers, contracts and metrics with every ID (and reference) given `suffix`."""
    schemes = copy.deepcopy(sample["schemes"])
    for scheme in schemes:
        scheme["id"] = renamed(scheme["id"], suffix)
        for line in scheme["lines"]:
            line["id"] = renamed(line["id"], suffix)
            line["providers"] = [renamed(p, suffix) for p in line.get("providers", [])]
            line["monitoring"] = monthly(line["budgetPence"], n + len(line["id"]))
    providers = copy.deepcopy(sample["providers"])
    for provider in providers:
        provider["id"] = renamed(provider["id"], suffix)
    contracts = copy.deepcopy(sample["contracts"])
    for contract in contracts:
        contract["id"] = renamed(contract["id"], suffix)
        contract["provider"] = renamed(contract["provider"], suffix)
        contract["lines"] = [renamed(line, suffix) for line in contract["lines"]]
    metrics = copy.deepcopy(sample["metrics"])
    for metric in metrics:
        metric["id"] = renamed(metric["id"], suffix)
    return schemes, providers, contracts, metrics


def monthly(budget, seed):
    """Twelve returns: budget to date on a straight line, spend within ±4% of it, a forecast to match."""
    drift = (seed * 37 % 9 - 4) / 100
    returns = []
    for index, period in enumerate(MONTHS, start=1):
        to_date = budget * index // 12
        returns.append({"period": period, "budgetToDatePence": to_date,
                        "actualToDatePence": int(to_date * (1 + drift)),
                        "forecastOutturnPence": int(budget * (1 + drift)), "commentary": ""})
    return returns


def main():
    lines = int(sys.argv[1])
    sample = json.load(sys.stdin)
    per_copy = sum(len(scheme["lines"]) for scheme in sample["schemes"])
    copies = -(-lines // per_copy)
    document = copy.deepcopy(sample)
    for key in ("schemes", "providers", "contracts", "metrics"):
        document[key] = []
    for n in range(copies):
        schemes, providers, contracts, metrics = copy_of(sample, n, "" if n == 0 else f"{n:04d}")
        document["schemes"] += schemes
        document["providers"] += providers
        document["contracts"] += contracts
        document["metrics"] += metrics
    # Trim the last copy's schemes to N lines, dropping whatever referred to a removed line.
    kept, count = [], 0
    for scheme in document["schemes"]:
        room = lines - count
        if room <= 0:
            break
        scheme["lines"] = scheme["lines"][:room]
        count += len(scheme["lines"])
        kept.append(scheme)
    document["schemes"] = kept
    ids = {line["id"] for scheme in kept for line in scheme["lines"]}
    document["contracts"] = [c for c in document["contracts"] if set(c["lines"]) <= ids]
    for contribution in document["contributions"]:
        contribution["amountPence"] = contribution["amountPence"] * count // per_copy
    document["meetings"] = []
    json.dump(document, sys.stdout, indent=None)


main()
