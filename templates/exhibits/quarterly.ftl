<#-- the title names the largest plan's latest quarter while it is current, else the largest current quarter
     (a stale quarter, two or more behind the other companies', is never current) -->
<#if largest?? && largest.quarter?? && largest.quarter.current>
<#assign q = largest.quarter>
<#else>
<#assign q = (quarterly?filter(x -> x.current)?sort_by("latestValue")?reverse?first)!>
</#if>
<#if q?has_content>Quarterly capex: ${q.company} spent ${q.latest} in ${q.latestMonths}<#else>Quarterly capex by company</#if>
${currency} billions per quarter, plotted at the quarter's calendar end, each company on its guidance basis. Source: company filings.
