<#-- First line: section heading. The rest: the intro paragraph(s); a blank line starts a new one.
     With no plan there is no table or total to explain: the intro says so. -->
Guidance by company
<#if total.all.count == 0>
No company has guided ${focus} capex as of ${asOf}, so there is no plan to list, add up or compare
with ${priorFocus} actuals yet.
<#else>
Each company's latest ${focus} plan as it was stated, beside its ${priorFocus} actual on the same
capex basis. In ${total.all.theTotal} a range counts at its midpoint<#if total.all.includesCeilings>, a floor
("over") at the floor and a ceiling ("up to") at the ceiling<#else> and a
floor ("over") at the floor</#if>; implied growth compares that number with the prior year's actual.
</#if>
