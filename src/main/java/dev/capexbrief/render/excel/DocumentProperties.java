package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.BriefingModel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/** Title, subject, author and dates in the file's properties; the dates are the as-of date, never "now". */
final class DocumentProperties {
    private DocumentProperties() {
    }

    static void apply(XSSFWorkbook book, BriefingModel model, String datasetName) {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        core.setTitle(model.title());
        core.setSubjectProperty("Capex guidance, history, run rates and revisions as of " + model.asOf());
        core.setCreator(model.firm());
        core.setLastModifiedByUser(model.firm());
        core.setKeywords("capex; guidance; hyperscalers; " + model.isoWeek());
        core.setDescription(String.join(" ", model.standfirst()) + " From " + Text.fileName(datasetName) + ".");
        Date asOf = Date.from(model.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        book.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(model.firm());
    }
}
