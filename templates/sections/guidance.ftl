<#-- First line: section heading. The rest: the intro paragraph(s); a blank line starts a new one. -->
Guidance by company
Each company's latest ${focus} plan as it was stated, beside its ${priorFocus} actual on the same
capex basis. In the ${total.all.label} total a range counts at its midpoint and a floor ("over") at the
floor; implied growth compares that number with the prior year's actual.
