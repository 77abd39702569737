<#assign above = quarterly?filter(q -> q.vsGuidanceValue?? && q.vsGuidanceValue gt 0)>
<#if quarterly?filter(q -> q.vsGuidance??)?has_content>Run rates vs ${focus} plans: ${above?size} of ${quarterly?filter(q -> q.vsGuidance??)?size} already at or above plan<#else>Annualised run rates</#if>
${currency} billions a year. Bar: latest quarter × 4; tick: ${focus} plan. Source: company filings and guidance.
