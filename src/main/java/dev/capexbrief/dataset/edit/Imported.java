package dev.capexbrief.dataset.edit;

/** How a figure imported from SEC EDGAR is told from one entered by hand. */
public final class Imported {
    /** Where every EDGAR filing's documents are; an imported figure's source starts with it. */
    public static final String FILING_URL_PREFIX = "https://www.sec.gov/Archives/edgar/data/";

    private Imported() {
    }

    /** True when a row names an XBRL tag or an accession number, or cites a filing on EDGAR. */
    public static boolean looksImported(String tag, String accession, String source) {
        return !blank(tag) || !blank(accession) || (source != null && source.strip().startsWith(FILING_URL_PREFIX));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
