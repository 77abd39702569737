<#include "/common.ftl">
<#if total.prior?? && (total.growth?? || total.growthUnknown)>Annual capex: ${groupName} ${total.prior} in ${total.priorPeriod}, ${total.label} planned for ${total.period}<#else>Annual capex by company</#if>
<#-- The chart draws fiscal years. Where the title's totals hold a calendar year that is not a company's
     fiscal year (Microsoft's CY2025 and its plan for calendar 2026), the note says so and that neither is drawn. -->
<#if total.prior?? && (total.growth?? || total.growthUnknown) && calendarPlans?has_content>
${currency} billions, each company on its guidance basis.<#if total.period?starts_with("CY")> The title's totals are calendar years; the chart draws each company's fiscal years as reported.</#if> <#if calendarPlans?size lte 3>The title counts <#list calendarPlans as g>${g.company} (${g.fiscalNote}) at its ${g.priorPeriod}, ${g.priorActual}, and its plan, ${g.label}<#sep>; </#list>: <#if calendarPlans?size == 1>neither is<#else>none of these is</#if> drawn.<#else>The title counts ${calendarPlans?size} companies whose fiscal years do not end in December at calendar years, which the chart does not draw.</#if> Hollow marker: ${focus} plan. Source: company filings and guidance.
<#else>
${currency} billions, fiscal years as reported, each company on its guidance basis. Hollow marker: ${focus} plan. Source: company filings and guidance.
</#if>
