<#-- First line: heading. Then one sentence on what was announced in the week of the as-of date. -->
This week
<#assign n = week.guidance?size>
<#if n == 0>
No new guidance this week (${week.start} to ${week.end}).
<#else>
${n?string(",##0")} capex ${(n == 1)?then("statement", "statements")} from ${week.start} to ${week.end}<#if week.actuals?has_content>,
and ${week.actuals?size?string(",##0")} reported ${(week.actuals?size == 1)?then("actual", "actuals")} on the guidance basis</#if>.
</#if>
