<#-- Key takeaways: 3 to 5 bullets, each on a line starting with "- " (a long bullet may continue on
     the next lines). Write each with a number and a date. The heading is in sections/takeaways.ftl. -->
<#include "/common.ftl">
<#-- stale data: its figures are as of the data's last announcement, not of the briefing's day -->
<#assign figuresAsOf = dataStale?then(dataCutoff, asOf)>
<#-- one company in the total, and it is the largest plan: the largest-plan bullet says it all -->
<#assign totalLine = total.count gt 1 || (total.count == 1 && !(largest?? && largest.company == total.companies[0]))>
<#if totalLine>
- <#if total.count == 1>${groupPlans}<#if total.offCalendar?has_content> (${total.offCalendar})</#if> is ${total.label} as of ${figuresAsOf}<#if total.growth??>,
  ${total.growth} on its ${total.priorPeriod} actual of ${total.prior}<#elseif total.growthUnknown>,
  against its ${total.priorPeriod} actual of ${total.prior} (both minimums, so its growth is not known)</#if><#else>Combined ${total.period} capex plans of ${total.companiesText}<#if total.offCalendar?has_content> (${total.offCalendar})</#if> reach ${total.label} as of ${figuresAsOf}<#if total.growth??>,
  ${total.growth} on their ${total.priorPeriod} actuals of ${total.prior}<#elseif total.growthUnknown>,
  against their ${total.priorPeriod} actuals of ${total.prior} (both minimums, so their growth is not known)</#if></#if><#if total.all.beyondHeadline?has_content>;
  with ${total.all.beyondHeadlineText}, <#if total.all.count == 1>the one ${focus} plan in the table is<#else>all ${total.all.countText} ${focus} plans in the table total</#if> ${total.all.label}</#if><#if others??>;
  the ${others.countText} ${plural(others.count, "company", "companies")} beyond the ${top} largest ${plural(others.count, "plans", "plan")} ${others.label}<#if others.share??> (${others.share} of the total)</#if></#if>.
</#if>
<#if largest??>
<#assign news = largestNews!>
- ${largest.company} guided ${largest.label} for ${largest.period} on ${largest.announced} — <#if total.all.count == 1>the only ${focus} plan in the table<#else>the largest plan<#if largest.share??>,
  ${largest.share} of ${total.all.theTotal}</#if></#if><#if largest.growth??><#if total.all.count == 1>,<#else> and</#if> ${largest.growth} on its ${largest.priorPeriod} actual of ${largest.priorActual}<#elseif largest.growthUnknown>;
  its ${largest.priorPeriod} actual of ${largest.priorActual} is a floor too, so its growth is not known</#if><#if news?has_content && news.reaction??>;
  its shares moved ${news.reaction.move} (${news.reaction.date})</#if>.
</#if>
<#assign w = week.guidanceTop?filter(w -> !(largest?? && w.company == largest.company && w.period == largest.period))?first!>
<#if w?has_content>
- ${w.company} <#if w.status == "revised">moved its ${w.period} plan to ${w.label} (from ${w.from})<#elseif w.status == "reiterated">reiterated ${w.label} for ${w.period}<#else>guided ${w.label} for ${w.period}</#if> on ${w.announced}<#if w.plan?? && w.plan.growth??>,
  ${w.plan.growth} on its ${w.plan.priorPeriod} actual</#if><#if w.reaction??>; its shares moved ${w.reaction.move} (${w.reaction.date})</#if>.
</#if>
<#-- at most five bullets: the cash-flow finding takes the run rate's place when all the others are there -->
<#assign before = totalLine?then(1, 0) + (largest??)?then(1, 0) + (w?has_content)?then(1, 0)>
<#assign cashLine = cash.largestChange?? && cash.largestChange.priorRatio?? && cash.largestChange.ratio??>
<#if before + (cashLine)?then(1, 0) lte 3 && largest?? && largest.quarter?? && largest.quarter.runRate?? && largest.quarter.current>
- ${largest.company} spent ${largest.quarter.latest} in the quarter to ${largest.quarter.latestEnd} (${largest.quarter.latestQuarter}),
  an annual run rate of ${largest.quarter.runRate}<#if largest.quarter.vsGuidance??>, ${largest.quarter.vsGuidance} against its ${largest.period} plan</#if>.
</#if>
<#if biggestRevision??>
<#assign r = biggestRevision>
- ${r.company} <#if r.raise>raised<#elseif r.cut>cut<#else>restated</#if> its ${r.period} plan to ${r.to} (from ${r.from}) on ${r.toDate},
  ${r.change} (${r.changePct}) <#if r.bounded>measured at ${r.measuredAt}<#else>at the midpoint</#if><#if r.reaction??>; the shares moved ${r.reaction.move}</#if>.
<#else>
- No ${focus} plan has been revised as of ${asOf}: <#if total.count gt 0><#if total.all.count == 1>the one plan in ${total.all.theTotal} is a first statement<#else>all ${total.all.countText} plans in ${total.all.theTotal} are first statements</#if><#else>no company has guided ${focus} yet</#if>.
</#if>
<#if cashLine>
<#assign c = cash.largestChange>
<#assign alsoNegative = cash.turnedNegative?filter(x -> x.company != c.company)?map(x -> x.company)>
- ${c.company}'s capex <#if c.changeValue gt 0>rose to<#elseif c.changeValue lt 0>fell to<#else>held at</#if> ${c.ratio} of its operating cash flow ${c.inSpan},
  from ${c.priorRatio} a year earlier (${c.change}), the largest move of any company<#if c.turnedNegative>; its free cash
  flow after capex turned negative, at ${c.difference}</#if><#if alsoNegative?has_content>; free cash flow after capex
  also turned negative at ${alsoNegative?join(", ")}</#if>.
</#if>
