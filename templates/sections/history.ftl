Capex history
Annual capex on each company's guidance basis, in its own fiscal years (Microsoft's ends in June).
The ${focus} point is the plan, not an actual; partial years are left out of the chart.
