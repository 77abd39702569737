<#-- Shared definitions: other templates start with <#include "/common.ftl">.
     groupName: "Big Four" when the headline total (total.*: the companies whose plan and prior
     year page one quotes) is exactly Amazon, Microsoft, Alphabet and Meta (total.bigFour, matched
     by CIK by the analysis), otherwise "5-company", "2,000-company" and so on. total.all.* is every
     plan in the company table. -->
<#-- plural(n, "company", "companies"): the noun in the number n calls for, so a count reads right
     ("1 company", "3 companies"); write the count beside it: ${n} ${plural(n, "source", "sources")}. -->
<#function plural n one many><#return (n == 1)?then(one, many)></#function>
<#assign groupName><#if total.bigFour>Big Four<#else>${total.countText}-company</#if></#assign>
