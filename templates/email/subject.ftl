<#-- The email subject. Line breaks become spaces; keep the ISO week in it so recipients can find
     a week's briefing in their mailbox. The values are those of every template (README.txt) plus
     title, standfirst, takeaways, attachments and subjectPrefix (email.subject_prefix). -->
<#if subjectPrefix?has_content>${subjectPrefix} </#if>${title}<#if total.count gt 0>: ${focus} plans ${total.label}<#if total.growth??> (${total.growth} on ${priorFocus})</#if></#if>
