package dev.capexbrief.analysis;

import java.util.Objects;

/**
 * How a fiscal year's actual came about and what it cites. One of four kinds, so a year cannot be
 * both summed from quarters and partial, or derived and counted from quarters.
 */
public sealed interface Provenance
        permits Provenance.Reported, Provenance.SummedFromQuarters, Provenance.PartialYear, Provenance.Derived {

    /** What the briefing cites for the value: the filing, the latest quarter's filing, or how it was derived. */
    String source();

    /** Quarters behind the value: 4 when summed, 1 to 3 for a partial year, 0 for an annual figure. */
    int quarters();

    /** An annual figure the company reported. */
    record Reported(String source) implements Provenance {
        public Reported {
            Objects.requireNonNull(source);
        }

        @Override
        public int quarters() {
            return 0;
        }
    }

    /** Four reported fiscal quarters summed, the data having no annual figure; cites the latest quarter. */
    record SummedFromQuarters(String source) implements Provenance {
        public SummedFromQuarters {
            Objects.requireNonNull(source);
        }

        @Override
        public int quarters() {
            return 4;
        }
    }

    /**
     * Fewer than four quarters and no annual figure: the value is their partial sum, shown as such and
     * never used for growth. Cites the latest quarter.
     */
    record PartialYear(int quarters, String source) implements Provenance {
        public PartialYear {
            if (quarters < 1 || quarters > 3) {
                throw new IllegalArgumentException("a partial year has 1 to 3 quarters, not " + quarters);
            }
            Objects.requireNonNull(source);
        }
    }

    /**
     * Computed from reported components where the company reported no figure on this basis.
     *
     * @param how e.g. "derived: purchases of property &amp; equipment minus proceeds &amp; incentives"
     */
    record Derived(String how) implements Provenance {
        public Derived {
            Objects.requireNonNull(how);
        }

        @Override
        public String source() {
            return how;
        }

        @Override
        public int quarters() {
            return 0;
        }
    }
}
