<#-- Key takeaways: 3 to 5 bullets, each on a line starting with "- " (a long bullet may continue on
     the next lines). Write each with a number and a date. The heading is in sections/takeaways.ftl. -->
<#if total.count gt 0>
- Combined ${focus} plans of ${total.companiesText} reach ${total.label} as of ${asOf}<#if total.growth??>,
  ${total.growth} on their ${priorFocus} actuals of ${total.prior}<#if !total.allLikeForLike> (like for like: ${total.likeForLikeText})</#if></#if>.
</#if>
<#if largest??>
<#assign news = week.guidance?filter(w -> w.company == largest.company && w.period == largest.period && w.reaction??)>
- ${largest.company} guided ${largest.label} for ${largest.period} on ${largest.announced} — the largest plan<#if largest.share??>,
  ${largest.share} of the ${total.label} total</#if><#if largest.growth??> and ${largest.growth} on its ${largest.priorPeriod} actual of ${largest.priorActual}</#if><#if news?has_content>;
  its shares moved ${news[0].reaction.move} (${news[0].reaction.date})</#if>.
</#if>
<#list week.guidance?filter(w -> !(largest?? && w.company == largest.company && w.period == largest.period)) as w>
<#if w?index == 0>
<#assign plan = guidance?filter(g -> g.company == w.company && g.period == w.period)>
- ${w.company} <#if w.status == "revised">moved its ${w.period} plan to ${w.label} (from ${w.from})<#elseif w.status == "reiterated">reiterated ${w.label} for ${w.period}<#else>guided ${w.label} for ${w.period}</#if> on ${w.announced}<#if plan?has_content && plan[0].growth??>,
  ${plan[0].growth} on its ${plan[0].priorPeriod} actual</#if><#if w.reaction??>; its shares moved ${w.reaction.move} (${w.reaction.date})</#if>.
</#if>
</#list>
<#if largest?? && largest.quarter?? && largest.quarter.runRate??>
- ${largest.company} spent ${largest.quarter.latest} in the quarter to ${largest.quarter.latestEnd} (${largest.quarter.latestQuarter}),
  an annual run rate of ${largest.quarter.runRate}<#if largest.quarter.vsGuidance??>, ${largest.quarter.vsGuidance} against its ${largest.period} plan</#if>.
</#if>
<#if biggestRevision??>
<#assign r = biggestRevision>
- ${r.company} <#if r.raise>raised<#elseif r.cut>cut<#else>restated</#if> its ${r.period} plan to ${r.to} (from ${r.from}) on ${r.toDate},
  ${r.change} (${r.changePct}) at the midpoint<#if r.reaction??>; the shares moved ${r.reaction.move}</#if>.
<#else>
- No ${focus} plan has been revised as of ${asOf}: <#if total.count gt 0>all ${total.count} plans in the ${total.label} total are first statements<#else>no company has guided ${focus} yet</#if>.
</#if>
