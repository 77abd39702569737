package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/** Title, subject, author and dates in the file's properties; the dates are the as-of date, never "now". */
final class DocumentProperties {
    private DocumentProperties() {
    }

    static void apply(XSSFWorkbook book, Briefing b, Theme theme) {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        core.setTitle("Hyperscaler capex briefing " + b.isoWeek());
        core.setSubjectProperty("Capex guidance, history, run rates and revisions as of " + b.asOf());
        core.setCreator(theme.firmName());
        core.setLastModifiedByUser(theme.firmName());
        core.setKeywords("capex; guidance; hyperscalers; " + b.isoWeek());
        core.setDescription("FY" + b.focusYear() + " plans, as of " + b.asOf() + ", from " + Text.fileName(b.datasetName()));
        Date asOf = Date.from(b.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        book.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(theme.firmName());
    }
}
