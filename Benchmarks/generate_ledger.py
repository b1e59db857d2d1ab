#!/usr/bin/env python3
"""Writes a realistic year of general-ledger transactions for the Northmoor sample, deterministic by seed: the
partner's finance-system export that the ledger import reads, and the cost-centre rules that map it to scheme lines.

Usage: generate_ledger.py OUT.csv [--rows 1000000] [--seed 75] [--encoding utf-8|utf-8-sig|cp1252] [--rules RULES.toml]
                          [--start 2025-04-01] [--days 365]

- Posting dates fall in the `--days` days from `--start`: a year of 2025-26 unless told otherwise (a month's export:
  `--start 2026-03-01 --days 31`).

- About 60 cost centres map to Northmoor's 19 scheme lines (three or four each, some narrowed by account range); a
  few cost centres map to nothing, so that about 3% of the rows are unmapped.
- 3,000 suppliers; amounts written as finance systems write them: 1234.56, "£1,234.56", "(123.45)" and 123.45CR for
  credits (about 4% of rows); month-end accruals (document ACR…) reversed in the next month.
- Each line's transactions, credits netted, add up to about its budget, so reconciliation has realistic figures.
"""
import argparse
import datetime
import random

LINES = {  # Northmoor's scheme lines and their annual budgets in pounds
    "S01a": 3_400_000, "S01b": 1_800_000, "S02": 2_600_000, "S03": 4_000_000, "S04": 7_000_000, "S05": 3_200_000,
    "S06": 1_500_000, "S07": 1_300_000, "S08a": 1_400_000, "S08b": 1_800_000, "S09": 900_000, "S10": 1_000_000,
    "S11": 300_000, "S12": 600_000, "S13": 4_200_000, "S14": 3_300_000, "S15": 2_100_000, "S16": 2_200_000, "S17": 3_200_000,
}
ACCOUNTS = [("5101", "Agency staff"), ("5203", "Independent sector care"), ("5210", "Residential placements"),
            ("5302", "Equipment purchases"), ("5410", "NHS contract payments"), ("5520", "Grants to voluntary bodies"),
            ("5601", "Professional fees"), ("5705", "Adaptations (capital)")]
WORDS = ["Care", "Health", "Home", "Support", "Services", "Community", "Moor", "Vale", "North", "Grange", "Ltd", "CIC", "Trust"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=75)
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "utf-8-sig", "cp1252"])
    parser.add_argument("--rules", help="also write the cost-centre rules as TOML here")
    parser.add_argument("--start", default="2025-04-01", type=datetime.date.fromisoformat)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    centres = []  # (code, name, line or None, account range or None)
    for n, line in enumerate(LINES):
        for k in range(3 if n % 3 else 4):
            code = f"NC{41000 + n * 10 + k}"
            accounts = ("5200", "5299") if k == 3 else None
            centres.append((code, f"{line} cost centre {k + 1}", line, accounts))
    centres += [(f"NC{49000 + k}", f"Unallocated {k + 1}", None, None) for k in range(4)]
    suppliers = [" ".join(rng.sample(WORDS, 2)) + f" {n:04d}" for n in range(3000)]
    per_line = {line: sum(1 for c in centres if c[2] == line) for line in LINES}
    unmapped = sum(LINES.values()) * 0.031 / 4
    weights = [LINES[c[2]] / per_line[c[2]] if c[2] else unmapped for c in centres]

    start = args.start
    mean = sum(LINES.values()) * 1.09 * args.days / 365 / args.rows  # credits take back about 8%
    with open(args.out, "w", encoding=args.encoding, newline="") as out:
        out.write("posting_date,period,cost_centre,cost_centre_name,account,account_name,supplier,description,document,amount\r\n")
        for n in range(args.rows):
            code, name, line, accounts = rng.choices(centres, weights)[0]
            account, account_name = rng.choice([a for a in ACCOUNTS if not accounts or accounts[0] <= a[0] <= accounts[1]])
            day = start + datetime.timedelta(days=int(rng.random() * args.days))
            period = f"{day.year}-{day.month:02d}"
            pence = max(1, int(rng.lognormvariate(0, 0.9) * mean * 100 / 1.5))
            credit = rng.random() < 0.04
            accrual = rng.random() < 0.01
            document = f"ACR{n:07d}" if accrual else f"INV{n:07d}"
            out.write(",".join([day.isoformat(), period, code, name, account, account_name, rng.choice(suppliers),
                                f"{'Accrual' if accrual else 'Invoice'} for {line or 'unallocated'} services – Café é", document,
                                amount(pence, credit, rng)]) + "\r\n")
    if args.rules:
        with open(args.rules, "w", encoding="utf-8") as rules:
            for code, _, line, accounts in centres:
                if line:
                    rules.write(f'[[rule]]\ncost_centre = "{code}"\nline = "{line}"\n')
                    if accounts:
                        rules.write(f'accounts = ["{accounts[0]}", "{accounts[1]}"]\n')
                    rules.write("\n")


def amount(pence, credit, rng):
    """An amount as a finance system writes it: plain, with £ and commas (quoted), in brackets or with CR for a credit."""
    pounds = f"{pence // 100}.{pence % 100:02d}"
    if credit:
        return rng.choice([f"({pounds})", f"{pounds}CR", f"-{pounds}"])
    if pence >= 100_000 and rng.random() < 0.3:
        return '"£{:,}.{:02d}"'.format(pence // 100, pence % 100)
    return pounds


main()
