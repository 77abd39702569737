package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyFactsReaderTest {
    private final CompanyFactsReader reader = new CompanyFactsReader();

    @Test
    void keepsTheMappedConceptsOnlyAndToleratesNullsExtrasAndOtherTaxonomies() throws IOException {
        CompanyFacts facts = read("nulls.json");
        assertThat(facts.cik()).isEqualTo(1000005L); // written as the string "0001000005"
        assertThat(facts.entityName()).isEqualTo("NULLS AND EXTRAS INC.");
        assertThat(facts.concepts()).extracting(c -> c.concept().qualified() + " " + c.unit())
                .containsExactly("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment USD");
        assertThat(facts.concepts().get(0).facts()).containsExactly(
                new Fact(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), new java.math.BigDecimal("812000000"),
                        "0001000005-25-000001", null, null, "10-K", LocalDate.parse("2025-02-20"), null),
                new Fact(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"), new java.math.BigDecimal("204000000"),
                        "0001000005-25-000004", 2025, "Q1", "10-Q", LocalDate.parse("2025-04-30"), null));
    }

    @Test
    void aPayloadWithNullFiscalFieldsStillImports() {
        ImportedCompany company = Fixtures.importOne("nulls.json");
        assertThat(company.actuals()).extracting(Fixtures::line).containsExactly(
                "FY2024 812000000 USD 2025-02-20 10-K 0001000005-25-000001 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2024-01-01..2024-12-31",
                "FY2025Q1 204000000 USD 2025-04-30 10-Q 0001000005-25-000004 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2025-01-01..2025-03-31");
    }

    @Test
    void readsEveryUnitAndKeepsPayloadOrder() throws IOException {
        CompanyFacts facts = read("ifrs-twd.json");
        assertThat(facts.concepts()).extracting(c -> c.concept().tag() + " " + c.unit() + " " + c.facts().size()).containsExactly(
                "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities TWD 3",
                "PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities USD 1",
                "Revenue TWD 1",
                "Revenue USD 1",
                "PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities TWD 1",
                "DepreciationExpense TWD 1");
        assertThat(facts.concepts().get(0).facts().get(1).fy()).isNull();
        assertThat(facts.concepts().get(0).facts().get(1).form()).isEqualTo("6-K");
    }

    @Test
    void readsOnlyTheConceptsOfTheMetricsAsked() throws IOException {
        CompanyFactsReader revenueOnly = new CompanyFactsReader(ConceptMap.standard().only(java.util.Set.of("revenue")), EdgarLimits.DEFAULT);
        try (InputStream in = Files.newInputStream(Fixtures.path("ifrs-twd.json"))) {
            assertThat(revenueOnly.read("ifrs-twd.json", in).concepts()).extracting(c -> c.concept().tag()).containsOnly("Revenue");
        }
    }

    @Test
    void anUnwantedCompanyIsLeftAsSoonAsItsCikIsRead() throws IOException {
        // after the CIK comes a stream that fails if it is ever read
        InputStream head = new ByteArrayInputStream("{\"cik\":320193,\"entityName\":\"Apple Inc.\",\"facts\":".getBytes(StandardCharsets.UTF_8));
        InputStream poison = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the facts of an unwanted company were read");
            }
        };
        Optional<CompanyFacts> facts = reader.read("apple.json", new SequenceInputStream(head, poison), cik -> cik == 1652044L);
        assertThat(facts).isEmpty();
    }

    @Test
    void theReaderDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("{\"cik\":1,\"entityName\":\"x\",\"facts\":{}}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(reader.read("x.json", in).concepts()).isEmpty();
        assertThat(closed[0]).isFalse();
    }

    private CompanyFacts read(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path(fixture))) {
            return reader.read(fixture, in);
        }
    }
}
