<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it.
     cash.twelveMonths: capex ÷ operating cash flow over each company's latest twelve months (company,
     span, ratio, ratioValue, capex, base, difference, priorRatio, change, ...; see README.txt). -->
<#assign rs = cash.twelveMonths?filter(r -> r.ratioValue??)>
<#assign over = rs?filter(r -> r.ratioValue gt 1)?sort_by("ratioValue")?reverse>
<#if over?size == 1>Cash cover: capex outruns operating cash flow at ${over[0].company} (${over[0].ratio})<#elseif over?has_content>Cash cover: capex outruns operating cash flow at ${over?size} of ${rs?size} companies, most at ${over[0].company} (${over[0].ratio})<#elseif rs?has_content><#assign top = rs?sort_by("ratioValue")?reverse?first>Cash cover: operating cash flow covers capex everywhere; tightest at ${top.company} (${top.ratio})<#else>Capex against operating cash flow</#if>
Capex ÷ operating cash flow over each company's latest twelve months: the four quarters to its latest where all are reported, else its latest fiscal year; above 100%, capex outruns cash from operations. Tick: the same a year earlier. Source: company filings.
