package dev.capexbrief.render.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

import static dev.capexbrief.render.pdf.PdfFixtures.LATER;
import static dev.capexbrief.render.pdf.PdfFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** veraPDF, the reference PDF/A validator, checks the briefing against PDF/A-1b. */
class PdfArchiveTest {
    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void seedBriefingIsPdfA1b() throws Exception {
        assertThat(failedRules(PdfFixtures.pdf(SEED))).isEmpty();
    }

    @Test
    void briefingWithRevisionsAndOtherPlansIsPdfA1b() throws Exception {
        assertThat(failedRules(PdfFixtures.pdf(LATER))).isEmpty();
    }

    /** Every failed rule as "clause-test: message", empty when the file conforms. */
    private static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().sorted().toList();
            assertThat(result.isCompliant()).as("compliant; failed: %s", failed).isEqualTo(failed.isEmpty());
            return failed;
        }
    }
}
