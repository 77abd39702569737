package dev.capexbrief.render.excel;

import java.util.Map;

/**
 * Where the Guidance sheet put the numbers other sheets link to, as sheet-qualified references.
 *
 * @param central each company's central value, by company id
 * @param share   each company's share of the group total, by company id
 * @param total   the group total, or null without guidance
 * @param growth  the like-for-like growth, or null when the briefing has none
 */
record GuidanceCells(Map<String, String> central, Map<String, String> share, String total, String growth) {
    GuidanceCells {
        central = Map.copyOf(central);
        share = Map.copyOf(share);
    }
}
