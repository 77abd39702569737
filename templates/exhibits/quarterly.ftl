<#if largest?? && largest.quarter??>Quarterly capex: ${largest.company} spent ${largest.quarter.latest} in ${largest.quarter.latestMonths}<#else>Quarterly capex by company</#if>
${currency} billions per quarter, plotted at the quarter's calendar end, each company on its guidance basis. Source: company filings.
