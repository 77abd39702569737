<#-- How old the data is, printed on page one (under the standfirst), in the workbook's Summary and in
     the email when the newest figure (dataCutoff) is more than staleDataDays (14) days older than the
     briefing date. Leave it empty to print nothing; a blank line starts a new paragraph. -->
<#if dataStale>
Data as of ${dataCutoff}, ${dataAgeDays?string(",##0")} ${(dataAgeDays == 1)?then("day", "days")} old: anything announced since then is not in this briefing.
</#if>
