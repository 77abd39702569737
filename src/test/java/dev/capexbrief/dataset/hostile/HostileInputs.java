package dev.capexbrief.dataset.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.dataset.hostile.HostileInput.GOOD_ROW;
import static dev.capexbrief.dataset.hostile.HostileInput.HEADER;
import static dev.capexbrief.dataset.hostile.HostileInput.accepted;
import static dev.capexbrief.dataset.hostile.HostileInput.refused;

/**
 * The table of messy and hostile dataset files (issue 9). Each refusal lists the exact lines the
 * user sees; each acceptance lists its warnings, and {@code HostileDatasetTest} checks what was read.
 */
public final class HostileInputs {
    private static final String NUMBERS = "-2+3";
    /** The columns of an actual imported from an SEC filing. */
    static final String IMPORT_HEADER = "company,metric,kind,period,value,announced,source,cik,tag,form,accession,confidence\n";
    static final String IMPORTED_ROW = "GOOGL,capex_purchases_ppe,actual,FY2025Q1,17.197,2025-04-25,"
            + "https://www.sec.gov/Archives/edgar/data/1652044/000165204425000043/0001652044-25-000043-index.htm,"
            + "0001652044,PaymentsToAcquirePropertyPlantAndEquipment,10-Q,0001652044-25-000043,reported\n";
    private static final String CIK_HOW = "write the company's SEC central index key, 1 to 10 digits (e.g. 1652044)";

    private HostileInputs() {
    }

    /** Files that must be refused with exit code 1, every problem named. */
    public static Stream<HostileInput> refusals() {
        return Stream.of(
                refused("empty file", "empty.csv", "",
                        "{file}: is empty; the first line must be a header such as company,company_name,fiscal_year_end,"
                                + "metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note"),
                refused("header only", "header.csv", HEADER, "{file}:1: has a header but no figures"),
                refused("blank first line", "blank.csv", "\n" + HEADER + GOOD_ROW,
                        "{file}:1: starts with an empty line; the first line must be the header, e.g. company,company_name,"
                                + "fiscal_year_end,metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note"),
                refused("missing required column", "nokind.csv", "company,metric,period,value\nAMZN,capex,FY2025,100\n",
                        "{file}:1: missing required column(s): kind"),
                refused("no value column", "novalue.csv", "company,metric,kind,period\nAMZN,capex,actual,FY2024\n",
                        "{file}:1: missing required column(s): value (or low/high)"),
                refused("column twice", "twice.csv", "company,metric,kind,period,value,Value\nAMZN,capex,actual,FY2024,1,2\n",
                        "{file}:1: value: appears twice in the header"),
                refused("non-numeric value", "eighty.csv", HEADER + row("value", "eighty"),
                        "{file}:2: value: 'eighty' is not a number"),
                refused("negative value", "negative.csv", HEADER + row("value", "-5"),
                        "{file}:2: value: -5 is negative; capex amounts are positive (only % metrics, free_cash_flow and operating_cash_flow may be negative)"),
                refused("NaN", "nan.csv", HEADER + row("value", "NaN"), "{file}:2: value: 'NaN' is not a number"),
                refused("Infinity", "inf.csv", HEADER + row("value", "Infinity") + row("low", "-Infinity"),
                        "{file}:2: value: 'Infinity' is not a number", "{file}:3: low: '-Infinity' is not a number"),
                refused("huge 1e300", "huge.csv", HEADER + row("value", "1e300"),
                        "{file}:2: value: 1e300 is implausibly large (limit 1000000); check the unit (B = billions, M = millions)"),
                refused("41 digits", "digits.csv", HEADER + row("value", "12345678901234567890123456789012345678901"),
                        "{file}:2: value: '12345678901234567890123456789012345678901' is 41 characters long; a number has at most 40"
                                + " (check the unit: B = billions, M = millions)"),
                refused("over-precise", "precise.csv", HEADER + row("value", "75.1234567"),
                        "{file}:2: value: '75.1234567' has more than 6 decimal places"),
                refused("hex and other scripts' digits", "digits2.csv", HEADER + row("value", "0x4B") + row("value", "\u0667\u0665"),
                        "{file}:2: value: '0x4B' is not a number", "{file}:3: value: '\u0667\u0665' is not a number"),
                refused("low above high", "range.csv", HEADER + "META,Meta,12,capex,guidance,FY2025,,65,60,,USD,B,2025-01-29,post,\n",
                        "{file}:2: high: high (60) is below low (65)"),
                refused("unknown kind", "kind.csv", HEADER + row("kind", "forecast"),
                        "{file}:2: kind: 'forecast' is not a kind; use actual or guidance"),
                refused("unknown qualifier", "qualifier.csv", HEADER + row("qualifier", "roughly"),
                        "{file}:2: qualifier: 'roughly' is not a qualifier; use about, at_least or at_most"),
                refused("unknown currency", "currency.csv", HEADER + row("currency", "XYZ"),
                        "{file}:2: currency: 'XYZ' is not an ISO 4217 currency code (e.g. USD, CNY, EUR)"),
                refused("unknown unit", "unit.csv", HEADER + row("unit", "K"), "{file}:2: unit: 'K' is not a unit; use B, M or %"),
                refused("malformed periods", "periods.csv", HEADER + row("period", "FY20X5") + row("period", "FY2025Q5")
                                + row("period", "CY2025-FY2024"),
                        "{file}:2: period: 'FY20X5' is not a period; write FY2025, FY2025Q3, CY2025, CY2025Q1 or FY2026-FY2028",
                        "{file}:3: period: 'FY2025Q5' has quarter 5; quarters are Q1-Q4",
                        "{file}:4: period: 'CY2025-FY2024' is not a valid span; a span joins two fiscal years, e.g. FY2026-FY2028"),
                refused("calendar quarter for a May year end", "oracle.csv",
                        HEADER + "ORCL,Oracle,5,capex,actual,CY2025Q1,6.1,,,,USD,B,2025-06-11,10-K,\n",
                        "{file}:2: period: CY2025Q1 does not line up with ORCL's fiscal quarters (its year ends in May); use FY quarters"),
                refused("guidance without announced date", "undated.csv", HEADER + row("announced", ""),
                        "{file}:2: announced: is empty; guidance needs the day it was announced (YYYY-MM-DD)"),
                refused("announced not a date", "dates.csv", HEADER + row("announced", "2025-02-30") + row("announced", "06/02/2025")
                                + row("announced", "+999999999-12-31") + row("announced", "2999-01-01"),
                        "{file}:2: announced: '2025-02-30' is not a date; write YYYY-MM-DD",
                        "{file}:3: announced: '06/02/2025' is not a date; write YYYY-MM-DD",
                        "{file}:4: announced: '+999999999-12-31' is not a date; write YYYY-MM-DD",
                        "{file}:5: announced: '2999-01-01' is not a plausible announcement date (years 1900-2200)"),
                refused("conflicting fiscal_year_end", "fye.csv", HEADER
                                + "MSFT,Microsoft,6,capex,actual,FY2024,55.7,,,,USD,B,,10-K,\n"
                                + "MSFT,Microsoft,12,capex,actual,FY2023,41,,,,USD,B,,10-K,\n",
                        "{file}:3: fiscal_year_end: conflicting fiscal_year_end for MSFT: 12 here, 6 on line 2"),
                refused("duplicate figure, different value", "duplicate.csv", HEADER
                                + "AMZN,Amazon,12,capex,actual,FY2024Q4,27.83,,,,USD,B,2025-02-06,,\n"
                                + "AMZN,Amazon,12,capex,actual,FY2024Q4,27.8,,,,USD,B,2025-02-06,,\n",
                        "{file}:3: value: conflicts with line 2: AMZN capex actual FY2024Q4 announced 2025-02-06 has two different values; keep one"),
                refused("Latin-1 bytes", "latin1.csv", (HEADER + GOOD_ROW
                                + "SAP,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale,12,capex,actual,FY2024,1.5,,,,USD,B,,,\n").getBytes(StandardCharsets.ISO_8859_1),
                        "{file}:3: company_name: is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)"),
                refused("UTF-16 (Excel Unicode text)", "utf16.csv", (HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_16),
                        "{file}:1: is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"),
                refused("control character", "nul.csv", HEADER + row("company", "GO\u0000OGL"),
                        "{file}:2: company: contains a control character (U+0000); remove it"),
                refused("decimal comma in a comma CSV", "comma.csv", HEADER + row("value", "\"75,5\""),
                        "{file}:2: value: '75,5' uses a decimal comma; write 75.5 (or export the CSV with ';' separators,"
                                + " which capexbrief reads as decimal-comma)"),
                refused("unquoted decimal comma splits the row", "split.csv", HEADER + row("value", "75,5"),
                        "{file}:2: has 16 fields but the header has 15; quote fields that contain ',' (and write decimals"
                                + " with a point: 1.25, not 1,25)"),
                refused("ambiguous point in a semicolon CSV", "semicolon.csv",
                        "company;metric;kind;period;value;announced\nSAP;capex;actual;FY2024;1.234;2025-01-28\n",
                        "{file}:2: value: '1.234' is ambiguous in a ';'-separated file, where ',' is the decimal mark:"
                                + " write 1234 for thousands, or 1,234 for a decimal"),
                refused("quote never closed", "quote.csv", HEADER + GOOD_ROW
                                + "AMZN,\"Amazon,12,capex,guidance,FY2025,100,,,,USD,B,2025-02-06,call,\n" + GOOD_ROW,
                        "{file}:3: has a quote (\") that is never closed; a quoted field runs to the end of the file"),
                refused("text longer than 4000 characters", "long.csv", HEADER + row("note", "x".repeat(5000)),
                        "{file}:2: note: is 5000 characters long; the limit is 4000"),
                refused("CIK that is not digits", "cik.csv", IMPORT_HEADER + imported("cik", "CIK1652044")
                                + imported("cik", "12345678901") + imported("cik", "0"),
                        "{file}:2: cik: 'CIK1652044' is not a CIK; " + CIK_HOW,
                        "{file}:3: cik: '12345678901' is not a CIK; " + CIK_HOW,
                        "{file}:4: cik: '0' is not a CIK; " + CIK_HOW),
                refused("conflicting CIK", "cik-conflict.csv", IMPORT_HEADER + IMPORTED_ROW
                                + imported("cik", "1652045").replace("FY2025Q1", "FY2025Q2"),
                        "{file}:3: cik: conflicting cik for GOOGL: 1652045 here, 1652044 on line 2"),
                refused("one CIK for two companies", "cik-twice.csv", IMPORT_HEADER + IMPORTED_ROW
                                + imported("company", "GOOG"),
                        "{file}:3: cik: cik 1652044 is GOOGL's too (line 2); a CIK belongs to one company"),
                refused("malformed filing references", "references.csv", IMPORT_HEADER + imported("tag", "Payments To Acquire")
                                .replace("10-Q", "10 Q").replace("0001652044-25-000043,", "0001652044-25-43,")
                                .replace(",reported", ",sure"),
                        "{file}:2: tag: 'Payments To Acquire' is not an XBRL tag; write the concept's name, e.g. "
                                + "PaymentsToAcquirePropertyPlantAndEquipment or us-gaap:Revenues",
                        "{file}:2: form: '10 Q' is not a filing form; write it as EDGAR does, e.g. 10-Q, 10-K, 20-F or 10-K/A",
                        "{file}:2: accession: '0001652044-25-43' is not an accession number; write it as EDGAR does, ten, two"
                                + " and six digits: 0001652044-25-000091",
                        "{file}:2: confidence: 'sure' is not a confidence; use verified, single-source, unverified, reported or derived"),
                refused("password-protected workbook", "encrypted.xlsx", HostileWorkbooks.encrypted(),
                        "{file}: is password-protected (encrypted), so capexbrief cannot read it: save a copy without the"
                                + " password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password,"
                                + " save) and read that"),
                refused("Excel 97-2003 workbook named .xlsx", "old.xlsx", HostileWorkbooks.xls(),
                        "{file}: is an Excel 97-2003 workbook (.xls), not an .xlsx workbook; save it as Excel Workbook (.xlsx)"),
                refused("Excel 97-2003 workbook", "old.xls", HostileWorkbooks.xls(),
                        "{file}:1: is an Excel 97-2003 (.xls) or password-protected workbook, not text: save it from Excel as"
                                + " CSV UTF-8 or as Excel Workbook (.xlsx) without a password"),
                refused("formula without a saved result", "uncalculated.xlsx", HostileWorkbooks.uncalculated(),
                        "{file}:2: value: holds the formula =70+5 without a saved result (the program that wrote the workbook"
                                + " did not calculate it); open the workbook in Excel or LibreOffice and save it, or paste the"
                                + " values in place of the formulas"),
                refused("Data sheet renamed", "renamed.xlsx", HostileWorkbooks.xlsx("Figures"),
                        "{file}: has no sheet named Data (its sheets: 'Figures', 'Notes'); a capexbrief workbook keeps its"
                                + " figures there, one per row under the dataset's column names: rename the sheet that holds them Data"),
                refused("web page saved as .xlsx", "page.xlsx", "<html><body><table><tr><td>company</td></tr></table></body></html>\n",
                        "{file}: is a web page (HTML), not an .xlsx workbook; open it in Excel and save it as Excel Workbook (.xlsx)"),
                refused("workbook named .csv", "book.csv", HostileWorkbooks.xlsx("Data"),
                        "{file}:1: is an Excel workbook (.xlsx), not text: give it the .xlsx extension, or save it from Excel"
                                + " as CSV UTF-8"),
                refused("tab-separated text", "tabs.csv", (HEADER + GOOD_ROW).replace(',', '\t'),
                        "{file}:1: is tab-separated (Excel's Text (Tab delimited)); capexbrief reads ','-separated CSV (or"
                                + " ';'): save it as CSV UTF-8"),
                refused("UTF-16 without a byte-order mark", "utf16le.csv", (HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_16LE),
                        "{file}:1: is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)"),
                refused("YAML indented with a tab", "tab.yaml", "companies:\n  - {id: GOOGL, name: Alphabet}\nfigures:\n"
                                + "  - company: GOOGL\n    metric: capex\n    kind: guidance\n\tperiod: FY2025\n    value: 75\n"
                                + "    announced: 2025-02-04\n",
                        "{file}:7: a tab indents this line; YAML indents with spaces"),
                refused("YAML list item indented with a tab", "tab-item.yaml", "figures:\n\t- {company: GOOGL, metric: capex,"
                                + " kind: guidance, period: FY2025, value: 75, announced: 2025-02-04}\n",
                        "{file}:2: a tab indents this line; YAML indents with spaces"),
                refused("several problems in one row and across rows", "many.csv", HEADER
                                + "META,Meta,12,capex,forecast,FY2025,,65,60,,USD,B,2025-01-29,,\n" + GOOD_ROW
                                + "MSFT,Microsoft,6,capex,guidance,FY2025,eighty,,,,USD,B,,,\n",
                        "{file}:2: kind: 'forecast' is not a kind; use actual or guidance",
                        "{file}:2: high: high (60) is below low (65)",
                        "{file}:4: value: 'eighty' is not a number",
                        "{file}:4: announced: is empty; guidance needs the day it was announced (YYYY-MM-DD)"));
    }

    /** Files that must be accepted, with these warnings; {@code HostileDatasetTest} checks their content. */
    public static Stream<HostileInput> acceptances() {
        return Stream.of(
                accepted("unknown column", "colour.csv", "company,metric,kind,period,value,announced,Colour\n"
                                + "GOOGL,capex,guidance,FY2025,75,2025-02-04,blue\n",
                        "{file}:1: warning: Colour: unknown column, ignored"),
                accepted("UTF-8 BOM", "bom.csv", withBom(HEADER + GOOD_ROW)),
                accepted("Windows line endings", "crlf.csv", (HEADER + GOOD_ROW).replace("\n", "\r\n")),
                accepted("old Mac line endings", "cr.csv", (HEADER + GOOD_ROW).replace("\n", "\r")),
                accepted("quoted field with embedded newlines", "newlines.csv", HEADER
                        + "GOOGL,Alphabet,12,capex,guidance,FY2025,75,,,about,USD,B,2025-02-04,release,\"line one\nline two\r\nline three\"\n"
                        + "META,Meta,12,capex,guidance,FY2025,,60,65,,USD,B,2025-01-29,post,\n"),
                accepted("text that looks like a formula", "formula.csv", HEADER
                        + "GOOGL,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",12,capex,guidance,FY2025,75,,,about,USD,B,"
                        + "2025-02-04,+cmd|' /C calc'!A0,@SUM(1+1)\n"
                        + "META," + NUMBERS + ",12,capex,guidance,FY2025,,60,65,,USD,B,2025-01-29,=1+1," + NUMBERS + "\n"),
                accepted("semicolon CSV with decimal commas", "excel-de.csv", withBom(
                        "company;metric;kind;period;value;announced;note\r\n"
                                + "SAP;capex;actual;FY2024;1.234,5;2025-01-28;Tausender mit Punkt\r\n"
                                + "SAP;capex;actual;FY2023;1,25;2024-01-25;Komma\r\n"
                                + "SAP;capex;actual;FY2022;0.5;2023-01-26;Punkt ohne Tausender\r\n")),
                accepted("period with spaces and mixed-case kind", "spaces.csv", HEADER
                        + "GOOGL,Alphabet,12,capex,GuIdAnCe,  FY2025 ,75,,,About,usd,b,2025-02-04,release,\n"),
                accepted("exponent notation", "exponent.csv", HEADER + row("value", "7.5E1")),
                accepted("zero with a nine-digit exponent", "zero-exponent.csv", HEADER + row("value", "0E-99999999")
                        + "GOOGL,Alphabet,12,capex,guidance,FY2026,,0.0E-9999999,5E-1,,USD,B,2025-02-04,release,\n"),
                accepted("announcement date as a date cell", "date-cell.xlsx", HostileWorkbooks.dateCell()),
                accepted("announced after the as-of date", "future.csv", HEADER + GOOD_ROW
                        + "GOOGL,Alphabet,12,capex,guidance,FY2025,85,,,about,USD,B,2099-02-04,from the future,\n"),
                accepted("repeated row", "repeat.csv", HEADER + GOOD_ROW + GOOD_ROW,
                        "{file}:3: warning: repeats line 2 (same figure); ignored"),
                accepted("imported actual with its filing", "imported.csv", IMPORT_HEADER + IMPORTED_ROW
                        + imported("confidence", "Single Source").replace("FY2025Q1", "FY2025Q2")
                        .replace("2025-04-25", "2025-07-24")));
    }

    /** Every case. */
    public static Stream<HostileInput> all() {
        return Stream.concat(refusals(), acceptances());
    }

    /** {@link HostileInput#GOOD_ROW} with one field replaced. */
    static String row(String field, String value) {
        List<String> names = List.of(HEADER.strip().split(","));
        String[] cells = GOOD_ROW.strip().split(",", -1);
        cells[names.indexOf(field)] = value;
        return String.join(",", cells) + "\n";
    }

    /** {@link #IMPORTED_ROW} with one field replaced. */
    static String imported(String field, String value) {
        List<String> names = List.of(IMPORT_HEADER.strip().split(","));
        String[] cells = IMPORTED_ROW.strip().split(",", -1);
        cells[names.indexOf(field)] = value;
        return String.join(",", cells) + "\n";
    }

    static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
