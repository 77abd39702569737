Capex history
Annual capex on each company's guidance basis, in its own fiscal years<#if companyCount lte top && companies?seq_contains("Microsoft")> (Microsoft's ends in June)</#if>.
The ${focus} point is the plan, not an actual; partial years are left out of the chart.
