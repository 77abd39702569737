package dev.capexbrief.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A dataset shaped like the side-by-side benchmark's (gen_large.py): companies with 50 quarterly
 * capex actuals each and one guidance row, in the CSV contract. Fixed seed, so every run measures
 * the same bytes.
 */
final class SyntheticDataset {
    private static final String HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
            + "qualifier,currency,unit,announced,source,note\n";
    private static final int[] YEAR_ENDS = {12, 12, 12, 12, 12, 12, 12, 6, 9, 3};

    private SyntheticDataset() {
    }

    /** CSV bytes for {@code companies} companies: 51 rows each. */
    static byte[] csv(int companies) {
        Random random = new Random(20250206L);
        StringBuilder sb = new StringBuilder(companies * 51 * 80).append(HEADER);
        for (int c = 1; c <= companies; c++) {
            String id = String.format("C%05d", c);
            String name = "Company " + c + " Inc.";
            int fye = YEAR_ENDS[random.nextInt(YEAR_ENDS.length)];
            double size = 20 * Math.exp(random.nextGaussian());
            for (int q = 0; q < 50; q++) {
                int year = 2000 + q / 4;
                double value = size * Math.pow(1.03, q) * (0.9 + 0.2 * random.nextDouble());
                sb.append(id).append(',').append(name).append(',').append(fye).append(",capex,actual,FY").append(year)
                        .append('Q').append(q % 4 + 1).append(',').append(String.format("%.3f", value))
                        .append(",,,,USD,M,").append(String.format("%d-%02d-15", year, q % 4 * 3 + 2))
                        .append(",synthetic,\n");
            }
            double plan = size * 4 * Math.pow(1.03, 50);
            sb.append(id).append(',').append(name).append(',').append(fye).append(",capex,guidance,FY2012,")
                    .append(String.format("%.3f", plan)).append(",,,about,USD,M,2012-08-01,synthetic,\"guided, on the call\"\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
