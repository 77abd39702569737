<#-- Shared definitions: other templates start with <#include "/common.ftl">.
     groupName: "Big Four" when the headline total (total.*: the companies whose plan and prior
     year page one quotes) is exactly Amazon, Microsoft, Alphabet and Meta (total.bigFour, matched
     by CIK by the analysis), the company's name when there is one, the names of two or three
     ("Alpha Cloud and Beta Compute"), otherwise "5-company",
     "2,000-company" and so on. total.all.* is every
     plan in the company table. -->
<#-- plural(n, "company", "companies"): the noun in the number n calls for, so a count reads right
     ("1 company", "3 companies"); write the count beside it: ${n} ${plural(n, "source", "sources")}. -->
<#function plural n one many><#return (n == 1)?then(one, many)></#function>
<#assign groupName><#if total.bigFour>Big Four<#elseif total.count == 1>${total.companies[0]}<#elseif total.count lte 3>${total.companiesText}<#else>${total.countText}-company</#if></#assign>
<#-- groupPlans: "Big Four FY2026 capex plans", "5-company FY2026 capex plans", or with one company in
     the total "Oracle's FY2026 capex plan" (one plan is not a group). -->
<#assign groupPlans><#if total.count == 1>${total.companies[0]}'s ${total.period} capex plan<#else>${groupName} ${total.period} capex plans</#if></#assign>
