<#-- Shared definitions: other templates start with <#include "/common.ftl">.
     groupName: "Big Four" when the headline total (total.*: the companies whose plan and prior
     year page one quotes) is exactly Amazon, Microsoft, Alphabet and Meta, otherwise "5-company",
     "2,000-company" and so on. total.all.* is every plan in the company table. -->
<#assign bigFour = ["Amazon", "Microsoft", "Alphabet", "Meta"]>
<#assign groupName><#if total.count == 4 && bigFour?filter(n -> total.companies?seq_contains(n))?size == 4>Big Four<#else>${total.countText}-company</#if></#assign>
