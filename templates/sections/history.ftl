Capex history
Annual capex on each company's guidance basis, in its own fiscal years<#if companyCount lte top && companies?seq_contains("Microsoft")> (Microsoft's ends in June)</#if>.
<#if total.all.count gt 0>The ${focus} plan column holds each company's plan, not an actual; partial<#else>No company has guided ${focus} yet. Partial</#if> years are marked * and never drawn or compared.
