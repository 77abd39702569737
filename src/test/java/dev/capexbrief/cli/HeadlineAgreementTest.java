package dev.capexbrief.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.Growths;
import dev.capexbrief.dataset.DatasetReader;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The bundled briefing as of its newest figure, written and emailed to a real SMTP server: page one,
 * the workbook's headline cells and the email quote one group number, the Big Four's CY2026 plans,
 * with the growth over the same four companies, and the same words for its range.
 */
class HeadlineAgreementTest {
    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dir;

    @Test
    void pageOneTheWorkbookAndTheEmailQuoteTheSameHeadline() throws Exception {
        Path cfg = SendCli.plainSmtpConfig(dir, server.getSmtp().getPort());
        Cli r = SendCli.run("brief", "--config", cfg.toString(), "--as-of", "2026-09-10", "--email");
        assertThat(r.exitCode()).as(r.err()).isZero();

        GroupTotal.Headline h = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2026, 9, 10), "USD", null)).total().headline();
        // by hand: Amazon ~220 + Alphabet 195-205 (200) + Microsoft ~175 (calendar 2026) + Meta 130-145 (137.5)
        assertThat(h.total()).isEqualByComparingTo("732.5");
        assertThat(h.period()).isEqualTo("CY2026");
        String label = h.label();
        String growth = Growths.main(h.growthLabel());
        String range = Growths.range(h.growthLabel());
        assertThat(label).isEqualTo("$733B");
        assertThat(range).isNotEmpty();

        Path pdf = dir.resolve("output/2026-W37/capex-briefing-2026-W37.pdf");
        String page1;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            page1 = s.getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(page1).contains("Big Four CY2026 capex plans total " + label + ", " + h.growthLabel() + " on CY2025",
                "CY2026 GROUP PLAN " + label, "GROWTH ON CY2025 " + growth, range);

        try (InputStream in = Files.newInputStream(dir.resolve("output/2026-W37/capex-briefing-2026-W37.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFCell total = cell(book, "HeadlineTotal");
            XSSFCell rate = cell(book, "HeadlineGrowth");
            assertThat(total.getNumericCellValue()).isCloseTo(732.5, within(1e-9));
            assertThat(rate.getNumericCellValue()).isCloseTo(h.growth().doubleValue(), within(1e-12));
            // the cached value in the cell's own number format reads as page one writes it
            assertThat(new DataFormatter(Locale.ROOT).formatRawCellContents(total.getNumericCellValue(),
                    total.getCellStyle().getDataFormat(), total.getCellStyle().getDataFormatString())).isEqualTo(label);
            assertThat(total.getCellFormula()).startsWith("SUM(");
        }

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("CY2026 group plan " + label + " (" + growth + " on CY2025)");
        String body = SendCommandTest.body(received[0], "text/plain").replaceAll("\\s+", " ");
        assertThat(body).contains("CY2026 group plan: " + label, "Growth on CY2025: " + growth, range);
    }

    private static XSSFCell cell(XSSFWorkbook book, String name) {
        AreaReference area = new AreaReference(book.getName(name).getRefersToFormula(), book.getSpreadsheetVersion());
        CellReference ref = area.getFirstCell();
        return book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
