<#assign focusRevisions = revisions?filter(r -> r.focusPlan)>
<#assign cuts = focusRevisions?filter(r -> r.cut)>
<#if focusRevisions?has_content>${focus} plans over time: ${focusRevisions?size?string(",##0")} ${(focusRevisions?size == 1)?then("revision", "revisions")}, <#if cuts?has_content>${cuts?size?string(",##0")} of them <#if cuts?size == 1>a cut<#else>cuts</#if><#else>all of them raises</#if><#else>${focus} plans over time: no revisions</#if>
${currency} billions; each step is a new statement of the plan (midpoint of a range, floor of an "over"<#if ceilingChanges>, ceiling of an "up to"</#if>). Source: company guidance.
