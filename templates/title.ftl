<#-- The first line is the briefing title: it heads page one, runs at the top of every page and is
     the PDF's title. The lines after it are the standfirst printed under the title.
     The values available to every template are listed in README.txt. -->
<#include "/common.ftl">
Hyperscaler Capex Weekly ${isoWeek}
<#if week.headline??>
<#assign w = week.headline>
${w.company} <#if w.status == "revised" && w.revision.raise>raises its ${w.period} plan to<#elseif w.status == "revised">cuts its ${w.period} plan to<#elseif w.status == "reiterated">reiterates<#else>guides</#if> ${w.label}<#if w.status != "revised"> for ${w.period}</#if><#if total.count == 1 && total.companies[0] == w.company><#-- its plan is the whole total: only the growth is news --><#if total.growth??>, ${total.growth} on ${total.priorPeriod}</#if>.<#else>;
<#if total.count == 1>${groupPlans} is<#else>${groupPlans} now total</#if> ${total.label}<#if total.growth??>, ${total.growth} on ${total.priorPeriod}</#if>.</#if>
<#elseif total.count gt 0>
No new guidance this week; ${groupPlans} <#if total.count == 1>is<#else>total</#if> ${total.label}<#if total.growth??>, ${total.growth} on ${total.priorPeriod}</#if>.
<#else>
No company has guided ${focus} capex as of ${asOf}.
</#if>
