<#include "/common.ftl">
<#if total.prior?? && total.growth??>Annual capex: ${groupName} ${total.prior} in ${total.priorPeriod}, ${total.label} planned for ${total.period}<#else>Annual capex by company</#if>
${currency} billions, fiscal years as reported, each company on its guidance basis. Hollow marker: ${focus} plan. Source: company filings and guidance.
