<#-- The plain-text body of the briefing email, for mail clients that do not show HTML. Keep it in
     step with body.html.ftl. Runs of blank lines and trailing spaces are tidied after rendering. -->
${title}

${standfirst}

Key takeaways
<#list takeaways as t>
- ${t}
</#list>

Headline numbers, as of ${asOfLong}
<#if total.count gt 0>
- Group ${focus} plan: ${total.label} (${total.companiesText})<#if total.growth??>, ${total.growth} on ${priorFocus} actuals of ${total.prior}<#if !total.allLikeForLike> (like for like: ${total.likeForLikeText})</#if></#if>
<#else>
- No company has guided ${focus} capex yet.
</#if>
<#if largest??>
- Largest spender: ${largest.company}, ${largest.label} for ${largest.period}<#if largest.share??>, ${largest.share} of the total</#if><#if largest.growth??>, ${largest.growth} on ${largest.priorPeriod}</#if>
</#if>

This week (${week.start} to ${week.end})
<#list week.guidanceTop as w>
- ${w.company} ${w.period}: ${w.label}, <#if w.status == "revised">revised from ${w.from} (${w.revision.change}, ${w.revision.changePct})<#elseif w.status == "new">new guidance<#else>${w.status}</#if> on ${w.announced}<#if w.reaction??>; shares ${w.reaction.move}</#if>
<#else>
No new guidance this week.
</#list>
<#if week.guidance?size gt week.guidanceTop?size>
- … and ${(week.guidance?size - week.guidanceTop?size)?string(",##0")} more statements of guidance, in the workbook's Changes sheet
</#if>
<#list week.actualsTop as a>
- ${a.company} reported ${a.label} for ${a.period} on ${a.announced}
</#list>
<#if week.actuals?size gt week.actualsTop?size>
- … and ${(week.actuals?size - week.actualsTop?size)?string(",##0")} more reported actuals, in the workbook's Changes sheet
</#if>

Attached: <#list attachments as a>${a.name} (${a.size})<#sep>, </#list>

${firm}. Figures public on or before ${asOf}; sources and methodology are in the PDF.
