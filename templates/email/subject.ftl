<#-- The email subject. Line breaks become spaces; keep the ISO week in it so recipients can find
     a week's briefing in their mailbox. The values are those of every template (README.txt) plus
     the briefing model's title, standfirst, takeaways, kpi/kpis, exhibits and thisWeek (the text the
     PDF prints), attachments and subjectPrefix (email.subject_prefix). -->
<#if subjectPrefix?has_content>${subjectPrefix} </#if>${title}<#if kpi.plan??>: ${kpi.plan.label} ${kpi.plan.value}<#if kpi.growth??> (${kpi.growth.value} on ${kpi.growth.label?remove_beginning("Growth on ")})</#if></#if>
