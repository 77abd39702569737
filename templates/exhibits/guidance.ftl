<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it. -->
<#include "/common.ftl">
${groupPlans}: ${total.label}<#if total.growth??>, ${total.growth} on ${total.priorPeriod}</#if>
<#-- The key says "FY2026 plan" and "FY2025 actual" only when every bar is of those years; with a
     calendar-year plan among them (Microsoft's calendar 2026, against its CY2025) it says "plan" and
     "prior-year actual", and the note names those bars. A bar whose year has closed is its reported actual. -->
<#assign calendarBars = leaders?filter(g -> !g.period?starts_with("FY"))>
<#assign reportedBars = leaders?filter(g -> g.reported)>
${currency} billions, each plan as stated; a range counts at its midpoint and a floor at the floor<#if total.all.includesCeilings>, a ceiling ("up to") at the ceiling</#if>.<#if calendarBars?has_content> <#if calendarBars?size lte 3><#list calendarBars as g>${g.company}'s bar is its ${g.period} plan<#if g.priorPeriod??> and its tick its ${g.priorPeriod} actual</#if><#sep>; </#list>.<#else>${calendarBars?size} bars are calendar-year plans, their ticks the calendar year before.</#if></#if><#if reportedBars?has_content> <#if reportedBars?size == 1>${reportedBars[0].company}'s ${focus} has closed: its bar is the actual it reported.<#else>${reportedBars?size} companies' ${focus} years have closed: their bars are the actuals they reported.</#if></#if> Source: company guidance and filings.
