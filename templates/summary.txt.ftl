<#-- The plain-text summary for the email that carries the PDF. It reuses the title and the
     takeaways, so the email and page one always say the same thing. -->
<#include "title.ftl">
<#include "data-age.ftl">

<#include "takeaways.ftl">

<#if !leaders?has_content>
No company has guided ${focus} capex yet.
</#if>
<#list leaders>
${focus} guidance by company<#if others??> (the ${top} largest of ${total.all.countText})</#if>:
<#items as g>
- ${g.company}: ${g.label}<#if g.priorActual??> (${g.priorPeriod} actual ${g.priorActual}<#if g.growth??>, ${g.growth}<#elseif g.growthUnknown>, growth n/a: both floors</#if>)</#if>, announced ${g.announced}
</#items>
</#list>
<#if others??>
- Other companies (${others.countText}): ${others.label}<#if others.share??>, ${others.share} of the total</#if>
- Group total (${total.all.countText}): ${total.all.label}
</#if>

The full briefing is attached as a PDF; every figure has its source in the PDF's Methodology & sources.
${firm} | as of ${asOf} (${isoWeek}) | data to ${dataCutoff} | Not investment advice.
