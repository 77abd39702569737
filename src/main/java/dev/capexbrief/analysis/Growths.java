package dev.capexbrief.analysis;

import java.math.BigDecimal;

/**
 * A growth rate as a reader must quote it: from a floor ("over $100B") it is a minimum, "at least
 * +28.8%"; from a range it is the midpoint with the range beside it, "+118.7% (+113.2% to +124.2%)".
 */
public final class Growths {
    private Growths() {
    }

    /**
     * @param central growth at the central value (midpoint of a range, the floor of an "over")
     * @param low     growth at the low end of the range
     * @param high    growth at the high end of the range
     * @param floor   whether an "over" figure is in it
     */
    public static String label(BigDecimal central, BigDecimal low, BigDecimal high, boolean floor) {
        String mid = MoneyFormat.percentChange(central);
        if (floor) {
            return "at least " + mid;
        }
        String lo = MoneyFormat.percentChange(low);
        String hi = MoneyFormat.percentChange(high);
        return lo.equals(hi) ? mid : mid + " (" + lo + " to " + hi + ")";
    }

    /** The label without its range: "+118.7%", "at least +28.8%". */
    public static String main(String label) {
        int i = label.indexOf(" (");
        return i < 0 ? label : label.substring(0, i);
    }

    /** The range of a label, "+113.2% to +124.2%", or "". */
    public static String range(String label) {
        int i = label.indexOf(" (");
        return i < 0 ? "" : label.substring(i + 2, label.length() - 1);
    }
}
