<#ftl output_format="HTML">
<#-- The HTML body of the briefing email. Values are HTML-escaped (output_format above); inline
     styles only, since mail clients drop style sheets. Keep it in step with body.txt.ftl. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${title}</title></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1a1a1a;">
<h1 style="font-size:20px;color:#0b2e4f;margin:0 0 8px;">${title}</h1>
<p style="margin:0 0 16px;">${standfirst}</p>
<#list notices as n>
<p style="margin:0 0 16px;font-weight:bold;color:#0b2e4f;">${n}</p>
</#list>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">Key takeaways</h2>
<ul style="margin:0;padding-left:20px;">
<#list takeaways as t>
  <li style="margin-bottom:4px;">${t}</li>
</#list>
</ul>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">Headline numbers, as of ${asOfLong}</h2>
<table style="border-collapse:collapse;">
<#list kpis as k>
  <tr><td style="padding:2px 12px 2px 0;color:#555;vertical-align:top;">${k.label}</td>
      <td style="padding:2px 0;"><strong>${k.value}</strong><#if k.sub?has_content><br><span style="color:#555;">${k.sub}</span></#if></td></tr>
</#list>
</table>

<h2 style="font-size:16px;color:#0b2e4f;margin:16px 0 6px;">This week (${week.start} to ${week.end})</h2>
<#if thisWeek.rows?has_content>
<ul style="margin:0;padding-left:20px;">
<#list thisWeek.rows as w>
  <li>${w.company} ${w.period}: <strong>${w.figure}</strong>, ${w.what} on ${w.announced}<#if w.change?has_content> (${w.change})</#if><#if w.shares?has_content>; shares ${w.shares}</#if></li>
</#list>
<#if thisWeek.more gt 0>
  <li>&hellip; and ${thisWeek.more?string(",##0")} more ${thisWeek.moreText}</li>
</#if>
</ul>
<#else>
<p style="margin:6px 0;">No new guidance this week.</p>
</#if>
<#if marks?has_content>
<p style="margin:10px 0 0;color:#555;font-size:13px;"><#list marks as m>${m}<#sep><br></#list></p>
</#if>

<p style="margin:16px 0 4px;color:#555;">Attached: <#list attachments as a>${a.name} (${a.size})<#sep>, </#list></p>
<p style="margin:0;color:#555;font-size:13px;">${firm}. Figures public on or before ${asOf}; sources and methodology are in the PDF.</p>
</body>
</html>
