package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Table;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of companies: every one is listed, the like-for-like growth falls back to SUMPRODUCT
 * (naming each plan would pass Excel's formula length), and the charts draw what the model draws.
 */
class ManyCompaniesWorkbookTest {
    private static final int COMPANIES = 700;

    static Dataset dataset() {
        StringBuilder csv = new StringBuilder("company,metric,kind,period,value,announced,source,note\n");
        for (int c = 1; c <= COMPANIES; c++) {
            String id = String.format("C%04d", c);
            if (c % 3 != 0) {
                csv.append(id).append(",capex,actual,FY2011,").append(5 + c % 17).append(".25,2012-02-01,filing ")
                        .append(c).append(",\n");
            }
            csv.append(id).append(",capex,guidance,FY2012,").append(6 + c % 23).append(".5,2012-03-01,call ").append(c)
                    .append(",\n");
        }
        return Workbooks.csv(csv.toString());
    }

    static final LocalDate AS_OF = LocalDate.of(2012, 3, 10);

    static byte[] workbook() {
        Dataset d = dataset();
        return Workbooks.write(Workbooks.model(d, AS_OF), d);
    }

    @Test
    void everyCompanyIsListedAndTheTotalsStayLive() throws Exception {
        BriefingModel model = Workbooks.model(dataset(), AS_OF);
        byte[] xlsx = workbook();
        try (XSSFWorkbook book = Workbooks.open(xlsx)) {
            Table guidance = model.table("guidance").orElseThrow();
            assertThat(guidance.body()).hasSize(COMPANIES);
            TableOnSheet on = TableOnSheet.locate(book.getSheet(Sheets.GUIDANCE), guidance);
            // a third of the companies have no prior year: the total has no growth, and page one's row
            // (every company with a prior year) sums its plans and grows by the rows whose prior is a number
            assertThat(on.cell("total", "growth").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            XSSFCell growth = on.cell("headline", "growth");
            assertThat(growth.getCellFormula()).startsWith("SUMPRODUCT(ISNUMBER(");
            assertThat(on.cell("headline", "plan").getCellFormula()).startsWith("SUMPRODUCT(ISNUMBER(");
            // POI cannot evaluate an array product; LibreOfficeRecalcTest recalculates this workbook
            assertThat(growth.getNumericCellValue()).isEqualTo(((Cell.Percent) guidance.totals().get(1)
                    .cell(guidance.column("growth"))).ratio().doubleValue());
            assertThat(book.getName("Guidance_Companies").getRefersToFormula()).endsWith("$" + (on.header() + 1 + COMPANIES));
            List<Exhibit> exhibits = model.exhibits();
            assertThat(WorkbookStructureTest.charts(book).values().stream().mapToInt(List::size).sum())
                    .isEqualTo(exhibits.size());
            Exhibit plans = exhibits.stream().filter(e -> e.id().equals("guidance")).findFirst().orElseThrow();
            assertThat(plans.categories().size()).isLessThan(COMPANIES);
            var bars = WorkbookStructureTest.charts(book).get(Sheets.GUIDANCE).get(0).getCTChart().getPlotArea()
                    .getBarChartArray(0).getSerArray(0);
            assertThat(bars.getCat().getStrRef().getStrCache().getPtCount().getVal()).isEqualTo(plans.categories().size());
        }
    }
}
