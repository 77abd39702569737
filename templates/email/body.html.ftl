<#ftl output_format="HTML">
<#-- The HTML body of the briefing email, read mostly on a phone. Values are HTML-escaped (output_format
     above); keepFigures(text) escapes too and keeps each figure on one line ("$130–145B", "RMB 1,577B"). One column at most 600 px wide, laid out with tables and inline styles, since many mail
     clients drop style sheets and ignore media queries; no images, scripts, web fonts or remote CSS.
     The one <style> block only recolours for dark mode: clients that honour prefers-color-scheme use
     it, the others show the light colours (every text colour has its own background). Body text is
     16 px, nothing is smaller than 14 px. Headline figures come first, then the takeaways, page one's
     scoreboard (a company a row, its figures in a line), then this week's rows stacked one under another (no sideways scrolling). Written well-formed (every tag
     closed), so tests can read it back as XML. Keep it in step with body.txt.ftl: the same figures,
     takeaways and rows, word for word. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<meta name="supported-color-schemes" content="light dark" />
<title>${title}</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .cb-page { background: #121417 !important; color: #e6e8eb !important; }
  .cb-head { color: #a8cdf2 !important; }
  .cb-muted { color: #b9c0c7 !important; }
  .cb-card { background: #1c2127 !important; color: #e6e8eb !important; border-color: #3a424b !important; }
  .cb-rule { border-color: #3a424b !important; }
}
</style>
</head>
<body class="cb-page" style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;-webkit-text-size-adjust:100%;text-size-adjust:100%;">
<table role="presentation" class="cb-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;background:#ffffff;color:#1a1a1a;">
<tr><td align="center" style="padding:16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;border-collapse:collapse;">
<tr><td style="text-align:left;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">

<h1 class="title cb-head" style="margin:0 0 8px;font-size:22px;line-height:1.3;color:#0b2e4f;">${keepFigures(title)}</h1>
<p class="standfirst" style="margin:0 0 16px;">${keepFigures(standfirst)}</p>
<#list notices as n>
<p class="notice cb-card" style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #b35c00;background:#fdf3e7;color:#1a1a1a;font-weight:bold;">${keepFigures(n)}</p>
</#list>

<h2 class="kpis-head cb-head" style="margin:16px 0 8px;font-size:18px;line-height:1.3;color:#0b2e4f;">Headline numbers, as of ${asOfLong}</h2>
<table role="presentation" class="cb-card" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:separate;border:1px solid #d5dbe1;border-radius:6px;background:#f3f6f9;color:#1a1a1a;">
<#list kpis as k>
<tr><td class="kpi<#if !k?is_first> cb-rule</#if>" style="padding:10px 12px;<#if !k?is_first>border-top:1px solid #d5dbe1;</#if>">
<span class="kpi-label cb-muted" style="display:block;font-size:14px;line-height:1.4;color:#4a5560;">${k.label}</span>
<span class="kpi-value" style="display:block;font-size:22px;line-height:1.3;"><strong>${keepFigures(k.value)}</strong></span>
<#if k.sub?has_content><span class="kpi-sub cb-muted" style="display:block;font-size:15px;line-height:1.4;color:#4a5560;">${keepFigures(k.sub)}</span></#if>
</td></tr>
</#list>
</table>

<h2 class="takeaways-head cb-head" style="margin:20px 0 8px;font-size:18px;line-height:1.3;color:#0b2e4f;">Key takeaways</h2>
<ul style="margin:0;padding-left:20px;">
<#list takeaways as t>
<li class="takeaway" style="margin:0 0 8px;">${keepFigures(t)}</li>
</#list>
</ul>

<#if scoreboard??>
<h2 class="scoreboard-head cb-head" style="margin:20px 0 8px;font-size:18px;line-height:1.3;color:#0b2e4f;">Scoreboard</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
<#list scoreboard.rows as r>
<tr><td class="score-row cb-rule" style="padding:8px 0;border-top:1px solid #d5dbe1;"><strong>${r.company}</strong>: <#list r.items as i>${keepFigures(i.label)} <strong>${keepFigures(i.value)}</strong>${keepFigures(i.after)}<#sep>; </#list></td></tr>
</#list>
</table>
<#if scoreboard.notes?has_content>
<p class="score-notes cb-muted" style="margin:8px 0 0;font-size:14px;line-height:1.4;color:#4a5560;"><#list scoreboard.notes as n><span class="score-note" style="display:block;margin:0 0 4px;">${keepFigures(n)}</span></#list></p>
</#if>
</#if>

<h2 class="week-head cb-head" style="margin:20px 0 8px;font-size:18px;line-height:1.3;color:#0b2e4f;">This week (<span style="white-space:nowrap;">${week.start}</span> to <span style="white-space:nowrap;">${week.end}</span>)</h2>
<#if thisWeek.rows?has_content>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
<#list thisWeek.rows as w>
<tr><td class="week-row cb-rule" style="padding:10px 0;border-top:1px solid #d5dbe1;">${w.company} ${w.period}: <strong>${keepFigures(w.figure)}</strong>, ${w.what} on <span style="white-space:nowrap;">${w.announced}</span><#if w.change?has_content> (${keepFigures(w.change)})</#if><#if w.shares?has_content>; <span style="white-space:nowrap;">shares ${w.shares}</span></#if></td></tr>
</#list>
<#if thisWeek.more gt 0>
<tr><td class="week-more cb-rule cb-muted" style="padding:10px 0;border-top:1px solid #d5dbe1;color:#4a5560;">… and ${thisWeek.more?string(",##0")} more ${thisWeek.moreText}</td></tr>
</#if>
</table>
<#else>
<p class="week-none" style="margin:0;">No new guidance this week.</p>
</#if>
<#if (thisWeek.notes)?has_content>
<p class="week-notes cb-muted" style="margin:12px 0 0;font-size:14px;line-height:1.4;color:#4a5560;"><#list thisWeek.notes as n><span class="week-note" style="display:block;margin:0 0 6px;">${keepFigures(n)}</span></#list></p>
</#if>
<#if marks?has_content>
<p class="marks cb-muted" style="margin:12px 0 0;font-size:14px;line-height:1.4;color:#4a5560;"><#list marks as m><span class="mark" style="display:block;margin:0 0 4px;">${m}</span></#list></p>
</#if>

<p class="attached cb-muted cb-rule" style="margin:20px 0 4px;padding-top:12px;border-top:1px solid #d5dbe1;font-size:14px;color:#4a5560;">Attached: <#list attachments as a>${a.name} (${a.size})<#sep>, </#list></p>
<p class="footer cb-muted" style="margin:0;font-size:14px;color:#4a5560;">${firm}. Figures public on or before <span style="white-space:nowrap;">${asOf}</span>; sources and methodology are in the PDF.</p>

</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
