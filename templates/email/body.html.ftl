<#ftl output_format="HTML">
<#-- The HTML body of the briefing email. Values are HTML-escaped (output_format above); inline
     styles only, since mail clients drop style sheets. Keep it in step with body.txt.ftl. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${title}</title></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1a1a1a;">
<h1 style="font-size:20px;color:#0b2e4f;margin:0 0 8px;">${title}</h1>
<p style="margin:0 0 16px;">${standfirst}</p>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">Key takeaways</h2>
<ul style="margin:0;padding-left:20px;">
<#list takeaways as t>
  <li style="margin-bottom:4px;">${t}</li>
</#list>
</ul>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">Headline numbers, as of ${asOfLong}</h2>
<table style="border-collapse:collapse;">
<#if total.count gt 0>
  <tr><td style="padding:2px 12px 2px 0;color:#555;">Group ${focus} plan</td>
      <td style="padding:2px 0;"><strong>${total.label}</strong> (${total.companiesText})<#if total.growth??>, ${total.growth} on ${priorFocus} actuals of ${total.prior}<#if !total.allLikeForLike> (like for like: ${total.likeForLikeText})</#if></#if></td></tr>
<#else>
  <tr><td style="padding:2px 0;">No company has guided ${focus} capex yet.</td></tr>
</#if>
<#if largest??>
  <tr><td style="padding:2px 12px 2px 0;color:#555;">Largest spender</td>
      <td style="padding:2px 0;"><strong>${largest.company}</strong>, ${largest.label} for ${largest.period}<#if largest.share??>, ${largest.share} of the total</#if><#if largest.growth??>, ${largest.growth} on ${largest.priorPeriod}</#if></td></tr>
</#if>
</table>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">This week (${week.start} to ${week.end})</h2>
<#if week.guidance?has_content || week.actuals?has_content>
<ul style="margin:0;padding-left:20px;">
<#list week.guidanceTop as w>
  <li>${w.company} ${w.period}: <strong>${w.label}</strong>, <#if w.status == "revised">revised from ${w.from} (${w.revision.change}, ${w.revision.changePct})<#elseif w.status == "new">new guidance<#else>${w.status}</#if> on ${w.announced}<#if w.reaction??>; shares ${w.reaction.move}</#if></li>
</#list>
<#if week.guidance?size gt week.guidanceTop?size>
  <li>&hellip; and ${(week.guidance?size - week.guidanceTop?size)?string(",##0")} more statements of guidance, in the workbook&rsquo;s Changes sheet</li>
</#if>
<#list week.actualsTop as a>
  <li>${a.company} reported ${a.label} for ${a.period} on ${a.announced}</li>
</#list>
<#if week.actuals?size gt week.actualsTop?size>
  <li>&hellip; and ${(week.actuals?size - week.actualsTop?size)?string(",##0")} more reported actuals, in the workbook&rsquo;s Changes sheet</li>
</#if>
</ul>
</#if>
<#if !week.guidance?has_content>
<p style="margin:6px 0;">No new guidance this week.</p>
</#if>

<p style="margin:16px 0 4px;color:#555;">Attached: <#list attachments as a>${a.name} (${a.size})<#sep>, </#list></p>
<p style="margin:0;color:#555;font-size:13px;">${firm}. Figures public on or before ${asOf}; sources and methodology are in the PDF.</p>
</body>
</html>
