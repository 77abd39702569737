<#if runRates.withPlan gt 0>Run rates vs ${focus} plans: ${runRates.abovePlan?string(",##0")} of ${runRates.withPlan?string(",##0")} already at or above plan<#else>Annualised run rates</#if>
${currency} billions a year. Bar: latest quarter × 4; tick: ${focus} plan. Source: company filings and guidance.
