Other plans
<#if otherPlans?has_content>
Plans for other years and multi-year programmes still in force. Multi-year totals are shown with
their annual average and are never added to the ${focus} total.
<#else>
No other plans on record as of ${asOf}.
</#if>
