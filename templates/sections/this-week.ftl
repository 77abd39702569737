<#-- First line: heading. Then one sentence on what was announced in the week of the as-of date. -->
This week
<#assign n = week.guidance?size>
<#if n == 0>
No new guidance this week (${week.start} to ${week.end}).
<#else>
<#assign otherBasis = week.actuals?filter(a -> !a.headlineBasis)?size>
${n?string(",##0")} capex ${(n == 1)?then("statement", "statements")} from ${week.start} to ${week.end}<#if week.actuals?has_content>,
and ${week.actuals?size?string(",##0")} reported ${(week.actuals?size == 1)?then("actual", "actuals")}<#if otherBasis gt 0> (${otherBasis?string(",##0")} on a capex basis other than the company's guidance basis)</#if></#if>.
</#if>
