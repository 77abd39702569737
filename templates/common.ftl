<#-- Shared definitions: other templates start with <#include "/common.ftl">.
     groupName: "Big Four" when the headline total (total.*: the companies whose plan and prior
     year page one quotes) is exactly Amazon, Microsoft, Alphabet and Meta (total.bigFour, matched
     by CIK by the analysis), otherwise "5-company", "2,000-company" and so on. total.all.* is every
     plan in the company table. -->
<#assign groupName><#if total.bigFour>Big Four<#else>${total.countText}-company</#if></#assign>
