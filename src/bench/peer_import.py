#!/usr/bin/python3
"""The peer of `capexbrief import edgar` for src/bench/run: a plain json.load extraction of the same
facts from SEC companyfacts payloads, written as CSV. It loads each whole document into memory (the
way a script would), keeps the concepts capexbrief maps, and writes one row per fact; it does not
de-cumulate, choose tags per period, date restatements or merge into a dataset, so it is a floor for
the Python way of doing the import, not an equal.

usage: peer_import.py OUT.csv PAYLOAD.json... | FOLDER
"""
import csv
import json
import os
import sys

CONCEPTS = {
    "us-gaap": [
        "PaymentsToAcquirePropertyPlantAndEquipment", "PaymentsToAcquireProductiveAssets",
        "ProceedsFromSaleOfPropertyPlantAndEquipment", "ProceedsFromSaleOfProductiveAssets",
        "FinanceLeasePrincipalPayments", "NetCashProvidedByUsedInOperatingActivities",
        "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations",
        "RevenueFromContractWithCustomerExcludingAssessedTax", "Revenues", "SalesRevenueNet",
        "RevenueFromContractWithCustomerIncludingAssessedTax", "DepreciationDepletionAndAmortization",
        "DepreciationAndAmortization", "DepreciationAmortizationAndAccretionNet", "Depreciation"],
    "ifrs-full": [
        "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities",
        "ProceedsFromSalesOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities",
        "PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities", "CashFlowsFromUsedInOperatingActivities",
        "Revenue", "RevenueFromContractsWithCustomers", "DepreciationAndAmortisationExpense",
        "AdjustmentsForDepreciationAndAmortisationExpense", "DepreciationExpense"],
}


def payloads(args):
    for a in args:
        if os.path.isdir(a):
            for name in sorted(os.listdir(a)):
                if name.endswith(".json"):
                    yield os.path.join(a, name)
        else:
            yield a


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    rows = 0
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["cik", "taxonomy", "tag", "unit", "start", "end", "val", "accn", "form", "filed"])
        for path in payloads(sources):
            with open(path, encoding="utf-8") as p:
                doc = json.load(p)
            for taxonomy, tags in CONCEPTS.items():
                facts = doc.get("facts", {}).get(taxonomy, {})
                for tag in tags:
                    for unit, values in facts.get(tag, {}).get("units", {}).items():
                        for v in values:
                            w.writerow([doc["cik"], taxonomy, tag, unit, v.get("start", ""), v["end"], v["val"],
                                        v["accn"], v["form"], v["filed"]])
                            rows += 1
    print(f"{rows} facts")


if __name__ == "__main__":
    main()
