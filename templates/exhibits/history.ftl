<#if total.prior?? && total.growth??>Annual capex: ${total.prior} in ${priorFocus}, ${total.planLikeForLike}<#if total.includesFloors>+</#if> planned for ${focus}<#else>Annual capex by company</#if>
${currency} billions, fiscal years as reported, each company on its guidance basis. Hollow marker: ${focus} plan. Source: company filings and guidance.
