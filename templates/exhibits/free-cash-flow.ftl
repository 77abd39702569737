<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it.
     cash.twelveMonths: as in capex-to-ocf.ftl; difference is operating cash flow less capex. -->
<#assign rs = cash.twelveMonths>
<#assign negative = rs?filter(r -> r.differenceValue lt 0)?sort_by("differenceValue")>
<#if negative?size == 1>Free cash flow after capex: negative at ${negative[0].company} (${negative[0].difference})<#elseif negative?has_content>Free cash flow after capex: negative at ${negative?size} of ${rs?size} companies, lowest at ${negative[0].company} (${negative[0].difference})<#elseif rs?has_content><#assign low = rs?sort_by("differenceValue")?first>Free cash flow after capex: positive everywhere, thinnest at ${low.company} (${low.difference})<#else>Free cash flow after capex</#if>
${currency} billions: operating cash flow less capex on the company's guidance basis, over the same twelve months as the exhibit before. Tick: free cash flow as the company defines and publishes it, where it does. Source: company filings.
