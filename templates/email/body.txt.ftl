<#-- The plain-text body of the briefing email, for mail clients that do not show HTML. Keep it in
     step with body.html.ftl. Runs of blank lines and trailing spaces are tidied after rendering.
     kpis, scoreboard and thisWeek are the briefing model's headline figures, page one's scoreboard
     and this week's rows (and the notes under them), exactly as page one of the PDF prints them; marks, the legend lines of the marks they print. -->
${title}

${standfirst}
<#list notices as n>

${n}
</#list>

Headline numbers, as of ${asOfLong}
<#list kpis as k>
- ${k.label}: ${k.value}<#if k.sub?has_content> — ${k.sub}</#if>
</#list>

Key takeaways
<#list takeaways as t>
- ${t}
</#list>
<#if scoreboard??>

Scoreboard
<#list scoreboard.rows as r>
- ${r.company}: <#list r.items as i>${i.label} ${i.value}${i.after}<#sep>; </#list>
</#list>
<#list scoreboard.notes as n>
${n}
</#list>
</#if>

This week (${week.start} to ${week.end})
<#list thisWeek.rows as w>
- ${w.company} ${w.period}: ${w.figure}, ${w.what} on ${w.announced}<#if w.change?has_content> (${w.change})</#if><#if w.shares?has_content>; shares ${w.shares}</#if>
<#else>
No new guidance this week.
</#list>
<#if thisWeek.more gt 0>
- … and ${thisWeek.more?string(",##0")} more ${thisWeek.moreText}
</#if>
<#if (thisWeek.notes)?has_content>

<#list thisWeek.notes as n>
${n}
</#list>
</#if>
<#if marks?has_content>

<#list marks as m>
${m}
</#list>
</#if>

Attached: <#list attachments as a>${a.name} (${a.size})<#sep>, </#list>

${firm}. Figures public on or before ${asOf}; sources and methodology are in the PDF.
