package dev.capexbrief.dataset;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a capexbrief workbook back as a dataset (the workbook round-trips): the figures from the
 * Data sheet (and "Data (2)", ... past Excel's row limit) under the CSV contract's column names,
 * and the FX table from the Sources &amp; Methodology sheet when there is one.
 *
 * <p>Read safely: sheets are streamed with a SAX parser that refuses DTDs and external entities,
 * POI's zip-bomb limits stay on, and a workbook that links to other workbooks, pulls external
 * data or carries macros is refused rather than read.
 */
public final class XlsxDatasetReader {
    /** The sheet holding the figures. */
    public static final String DATA_SHEET = "Data";
    /** The sheet holding the FX table. */
    public static final String SOURCES_SHEET = "Sources & Methodology";
    /** The Data sheet's columns: the CSV contract, in its order. */
    public static final List<String> DATA_COLUMNS = FigureRowParser.COLUMNS;
    /** The FX table's columns (any order; other columns are ignored). */
    public static final List<String> FX_COLUMNS = List.of("currency", "usd_per_unit", "as_of", "source");

    private static final Pattern CONTINUATION = Pattern.compile(Pattern.quote(DATA_SHEET) + " \\((\\d{1,4})\\)");
    private static final List<String> REFUSED_PARTS = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
            "application/vnd.ms-office.vbaProject");

    /** "Data" for the first sheet, then "Data (2)", "Data (3)", ... */
    public static String dataSheetName(int index) {
        return index == 0 ? DATA_SHEET : DATA_SHEET + " (" + (index + 1) + ")";
    }

    private final ReadLimits limits;

    public XlsxDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    XlsxDatasetReader(ReadLimits limits) {
        this.limits = limits;
    }

    public Dataset read(InputStream in, String file) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler(file, limits);
        // POI reads a package from a file lazily, entry by entry; from a stream it would buffer it all
        Path temp = ScratchFiles.create("read-", ".xlsx");
        try {
            try (InputStream limited = new SizeLimitInputStream(in, limits.maxInputBytes())) {
                Files.copy(limited, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (SizeLimitInputStream.TooLargeException e) {
                assembler.problem(Problem.error(file, 0, "", "is larger than " + limits.inputSize()
                        + "; capexbrief reads datasets up to that size"));
                return assembler.build(file);
            }
            read(temp, file, assembler);
        } finally {
            Files.deleteIfExists(temp);
        }
        return assembler.build(file);
    }

    private void read(Path path, String file, DatasetAssembler assembler) {
        String other = NotAWorkbook.describe(path);
        if (other != null) {
            assembler.problem(Problem.error(file, 0, "", other));
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            if (refused(pkg, file, assembler)) {
                return;
            }
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            IntPredicate percent = PercentStyles.of(reader);
            Sheets sheets = Sheets.of(reader);
            if (sheets.data().isEmpty()) {
                assembler.problem(Problem.error(file, 0, "", "has no sheet named " + DATA_SHEET + " (its sheets: "
                        + String.join(", ", sheets.names()) + "); a capexbrief workbook keeps its figures there, one per row"
                        + " under the dataset's column names: rename the sheet that holds them " + DATA_SHEET));
                return;
            }
            long seen = 0;
            for (Map.Entry<Integer, PackagePart> sheet : sheets.data().entrySet()) {
                XlsxFigureRows rows = new XlsxFigureRows(file, dataSheetName(sheet.getKey()), assembler);
                try {
                    parse(sheet.getValue(), strings, percent, new Limited(rows, assembler, limits.maxRows() - seen));
                } catch (Limited.Stop stop) {
                    return;
                }
                rows.finish();
                seen += rows.figures();
            }
            if (sheets.sources() != null) {
                parse(sheets.sources(), strings, percent, new XlsxFxRows(file, assembler));
            }
        } catch (InvalidFormatException | OpenXML4JRuntimeException | POIXMLException e) {
            assembler.problem(Problem.error(file, 0, "", "is not a readable .xlsx workbook ("
                    + firstLine(String.valueOf(e.getMessage())) + ")"));
        } catch (OpenXML4JException | SAXException e) {
            assembler.problem(Problem.error(file, 0, "", "is damaged: " + firstLine(String.valueOf(e.getMessage()))));
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            assembler.problem(Problem.error(file, 0, "", "is not an .xlsx workbook; save it as Excel Workbook (.xlsx)"));
        } catch (IOException | RuntimeException e) {
            // a damaged package, or one POI's zip-bomb limits refuse: a problem with the data, not with the disk
            assembler.problem(Problem.error(file, 0, "", "is not a readable .xlsx workbook ("
                    + firstLine(String.valueOf(e.getMessage())) + ")"));
        }
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }

    /** The Data sheet's position: 0 for "Data", 1 for "Data (2)", ...; null for other sheets. */
    private static Integer dataIndex(String name) {
        if (name.equalsIgnoreCase(DATA_SHEET)) {
            return 0;
        }
        Matcher m = CONTINUATION.matcher(name);
        return m.matches() && Integer.parseInt(m.group(1)) >= 2 ? Integer.parseInt(m.group(1)) - 1 : null;
    }

    /** Links to other workbooks, external data connections and macros: reported, never followed or run. */
    private static boolean refused(OPCPackage pkg, String file, DatasetAssembler assembler) {
        for (String type : REFUSED_PARTS) {
            if (!pkg.getPartsByContentType(type).isEmpty()) {
                String what = type.contains("externalLink") ? "links to other workbooks"
                        : type.contains("connections") ? "external data connections" : "macros";
                assembler.problem(Problem.error(file, 0, "", "contains " + what + "; capexbrief reads only"
                        + " self-contained workbooks: save a copy without them (for links: Data > Edit Links > Break Link)"));
                return true;
            }
        }
        return false;
    }

    /** The sheets capexbrief reads: the Data sheets by position (0 = "Data") and the Sources sheet, if any. */
    private record Sheets(Map<Integer, PackagePart> data, PackagePart sources, List<String> names) {
        /** Sheet names quoted in a message, at most this many. */
        private static final int NAMES = 10;

        static Sheets of(XSSFReader reader) throws IOException, InvalidFormatException {
            Map<Integer, PackagePart> data = new TreeMap<>();
            PackagePart sources = null;
            List<String> names = new java.util.ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                String name = sheets.getSheetName();
                if (names.size() < NAMES) {
                    names.add(Texts.quote(name));
                } else if (names.size() == NAMES) {
                    names.add("\u2026");
                }
                Integer index = dataIndex(name);
                if (index != null) {
                    data.putIfAbsent(index, sheets.getSheetPart());
                } else if (name.equalsIgnoreCase(SOURCES_SHEET)) {
                    sources = sheets.getSheetPart();
                }
            }
            return new Sheets(data, sources, names);
        }
    }

    /** Ends the read at the row limit or the problem cap, like the CSV reader, with what was found so far. */
    private static final class Limited implements XlsxSheetHandler.Rows {
        /** Unwinds the SAX parse; never reported by itself. */
        static final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stop() {
                super(null, null, false, false);
            }
        }

        private final XlsxFigureRows rows;
        private final DatasetAssembler assembler;
        private final long maxRows;

        Limited(XlsxFigureRows rows, DatasetAssembler assembler, long maxRows) {
            this.rows = rows;
            this.assembler = assembler;
            this.maxRows = maxRows;
        }

        @Override
        public void row(long number, Map<Integer, XlsxSheetHandler.Cell> cells) {
            if (assembler.full()) {
                assembler.stopForProblems(number);
                throw new Stop();
            }
            if (rows.figures() >= maxRows) {
                assembler.stop(number, "has more than " + assembler.limits().maxRows()
                        + " rows; capexbrief reads datasets up to that size");
                throw new Stop();
            }
            rows.row(number, cells);
        }
    }

    private static void parse(PackagePart part, SharedStrings strings, IntPredicate percent, XlsxSheetHandler.Rows rows)
            throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XlsxSheetHandler(strings, percent, rows));
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
    }
}
