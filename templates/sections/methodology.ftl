Methodology & sources
${currencyNote} Each figure is on the capex basis of its company's guidance, and only as public
on ${asOf}: anything announced later is ignored, so this briefing can be regenerated exactly. Actuals without an announcement date count as public at the SEC filing
deadline (60 days after a fiscal year, 40 days after a quarter).
