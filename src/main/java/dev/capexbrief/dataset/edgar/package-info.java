/**
 * Actuals from SEC EDGAR's XBRL {@code companyfacts} payloads, dated by the filings that made them public.
 *
 * <p>The way through: a {@link dev.capexbrief.dataset.edgar.CompanyFactsSource} (a JSON file or
 * stream, a folder, the bulk {@code companyfacts.zip}; {@link dev.capexbrief.dataset.edgar.Sources}
 * tells them apart) hands each payload to the streaming
 * {@link dev.capexbrief.dataset.edgar.CompanyFactsReader}, which keeps the facts of the concepts the
 * {@link dev.capexbrief.dataset.edgar.ConceptMap} maps. Each company's fiscal calendar is inferred
 * from its period ends ({@link dev.capexbrief.dataset.edgar.FiscalCalendar}); its filings are replayed
 * in filing order, year-to-date facts de-cumulated into quarters
 * ({@link dev.capexbrief.dataset.edgar.Decumulation}), and every value that differs from the one known
 * before becomes an {@link dev.capexbrief.dataset.edgar.ImportedActual}: a first figure or a restatement.
 * {@link dev.capexbrief.dataset.edgar.EdgarImport} is the entry point.
 *
 * <p>Nothing here fetches from the network or writes a dataset: the live client and the merge use this.
 */
package dev.capexbrief.dataset.edgar;
