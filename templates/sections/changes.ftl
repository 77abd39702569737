What changed
<#if revisions?has_content>
${revisions?size?string(",##0")} ${(revisions?size == 1)?then("revision", "revisions")} to guidance as of ${asOf}, newest first.
Changes are measured at the midpoint of a range (a floor at the floor<#if ceilingChanges>, a ceiling at the ceiling</#if>); the market reaction is the
share-price move reported after the announcement.
<#else>
No new guidance in this period: no company has revised a capex plan as of ${asOf}.
</#if>
