package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;

/**
 * A figure announced in the briefing's week.
 *
 * @param status   what the figure did to the company's guidance, or {@link Status#ACTUAL} for a reported actual
 * @param revision the revision it made when {@code status} is {@link Status#REVISED}, else null
 * @param reaction the share-price move that followed, or null
 * @param confidence how well the figure is evidenced, as the dataset grades it
 */
public record WeekItem(CompanyProfile company, String metric, Kind kind, Period period, String label,
                       LocalDate announced, Status status, Revision revision, MarketReaction reaction,
                       String source, Confidence confidence) {

    /** What a week's figure is, in the words the templates and the workbook show. */
    public enum Status {
        /** The first guidance for its period. */
        NEW("new"),
        /** Guidance with a different amount from the one before it. */
        REVISED("revised"),
        /** Guidance repeating the amount before it. */
        REITERATED("reiterated"),
        /** A reported actual. */
        ACTUAL("actual");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The lower-case word templates compare with ({@code w.status == "revised"}) and the workbook prints. */
        public String code() {
            return code;
        }
    }

    public boolean isNew() {
        return status == Status.NEW;
    }

    /** The figure is on the basis its company guides on (else an actual on another basis, shown with that basis named). */
    public boolean onGuidanceBasis() {
        return metric.equals(company.basis());
    }

    /** The figure's capex basis in words: "capex as reported by the company", "capex incl. finance leases". */
    public String basisLabel() {
        return CapexBasis.label(metric);
    }
}
