<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it.
     ratios["capex-to-ocf"]: each company's latest complete fiscal year with capex and operating cash
     flow reported (company, year, ratio, ratioValue, capex, base, baseLabel). -->
<#assign rs = (ratios["capex-to-ocf"])![]>
<#assign over = rs?filter(r -> r.ratioValue gt 1)>
<#if over?has_content>Cash cover: ${over?size} of ${rs?size} ${(rs?size == 1)?then("company spends", "companies spend")} more on capex than operations bring in<#elseif rs?has_content>Cash cover: operating cash flow covers capex at every company shown<#else>Capex against operating cash flow</#if>
Capex ÷ operating cash flow in each company's latest complete fiscal year; above 100%, capex outruns cash from operations. Source: company filings.
