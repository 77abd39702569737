Capex history
Annual capex on each company's guidance basis, in its own fiscal years<#if companyCount lte top && companies?seq_contains("Microsoft")> (Microsoft's ends in June)</#if>.
The ${focus} plan column holds each company's plan, not an actual; partial years are marked * and never drawn or compared.
