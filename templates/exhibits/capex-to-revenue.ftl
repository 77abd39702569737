<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it.
     ratios["capex-to-revenue"]: each company's latest complete fiscal year with capex and revenue
     reported (company, year, ratio, ratioValue, capex, base, baseLabel). -->
<#assign rs = (ratios["capex-to-revenue"])![]>
<#if rs?has_content><#assign top = rs?sort_by("ratioValue")?reverse?first>Capex intensity: ${top.company} spends ${top.ratio} of its ${top.year} revenue on capex<#else>Capex intensity</#if>
Capex ÷ revenue in each company's latest complete fiscal year, capex on its guidance basis. Source: company filings.
