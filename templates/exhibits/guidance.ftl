<#-- First line: the chart title, written as a finding. The rest: the unit and source line under it. -->
<#include "/common.ftl">
${groupPlans}: ${total.label}<#if total.growth??>, ${total.growth} on ${total.priorPeriod}</#if>
${currency} billions, each plan as stated; a range counts at its midpoint and a floor at the floor. Source: company guidance and filings.
