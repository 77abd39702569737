package dev.capexbrief.render.text;

import dev.capexbrief.render.text.ColourVision.Vision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A company's colour belongs to the company: the same in every briefing whatever else is in it and
 * in whatever order, never a listed company's for anyone else, and legible in grey and to readers
 * with red-green colour-blind vision.
 */
class CompanyColorsTest {
    /** Below this CIEDE2000, two colours in a legend or side by side are hard to tell apart. */
    private static final double LEAST_DIFFERENCE = 10;
    /** Lightness (L*) steps that still read as different greys in print. */
    private static final double GREY_STEP = 15;

    private static final Theme THEME = Theme.defaults();
    private static final List<String> BIG_FOUR_AND_ORACLE = List.of("AMZN", "MSFT", "GOOGL", "META", "ORCL");
    private static final List<String> NEXT_TIER = List.of("0700.HK", "ORCL", "BABA");

    @Test
    void oracleIsVermilionInTheBundledBriefingAndInANextTierOne() {
        CompanyColors bigFour = CompanyColors.of(THEME, BIG_FOUR_AND_ORACLE);
        CompanyColors nextTier = CompanyColors.of(THEME, NEXT_TIER);
        assertThat(bigFour.color("ORCL")).isEqualTo(nextTier.color("ORCL")).isEqualTo(new Color(0xD55E00));
        assertThat(bigFour.marker("ORCL")).isEqualTo(nextTier.marker("ORCL"));
        assertThat(nextTier.color("0700.HK")).isEqualTo(new Color(0x56B4E9));
        assertThat(bigFour.color("MSFT")).isEqualTo(new Color(0x1F4E79));
        assertThat(bigFour.color("GOOGL")).isEqualTo(new Color(0x009E73));
    }

    @Test
    void theSameCompaniesInAnotherOrderGetTheSameColoursAndShapes() {
        List<String> ids = new ArrayList<>(List.of("ORCL", "BABA", "ZETA", "ACME", "C042", "NEWCO", "AMZN"));
        CompanyColors first = CompanyColors.of(THEME, ids);
        Collections.reverse(ids);
        CompanyColors reversed = CompanyColors.of(THEME, ids);
        Collections.shuffle(ids, new Random(7));
        CompanyColors shuffled = CompanyColors.of(THEME, ids);
        for (String id : ids) {
            assertThat(reversed.color(id)).as(id).isEqualTo(first.color(id)).isEqualTo(shuffled.color(id));
            assertThat(reversed.marker(id)).as(id).isEqualTo(first.marker(id)).isEqualTo(shuffled.marker(id));
        }
    }

    @Test
    void anUnlistedCompanyNeverTakesTheColourOfAListedCompanyInTheSameBriefing() {
        List<String> listed = List.copyOf(THEME.companyColors().keySet());
        Random random = new Random(13);
        for (int run = 0; run < 300; run++) {
            List<String> ids = new ArrayList<>();
            listed.stream().filter(id -> random.nextInt(3) > 0).forEach(ids::add);
            IntStream.range(0, random.nextInt(60)).mapToObj(i -> "X" + random.nextInt(5000)).forEach(ids::add);
            CompanyColors colors = CompanyColors.of(THEME, ids);
            Set<Color> listedHere = new HashSet<>();
            ids.stream().filter(THEME.companyColors()::containsKey).forEach(id -> listedHere.add(colors.color(id)));
            for (String id : ids) {
                if (!THEME.companyColors().containsKey(id)) {
                    assertThat(listedHere).as(id + " among " + ids).doesNotContain(colors.color(id));
                }
            }
        }
    }

    @Test
    void aPaletteThatIsAllListedColoursStillLeavesUnlistedCompaniesTheirOwn() {
        Map<String, Color> listed = new LinkedHashMap<>();
        listed.put("AMZN", Color.BLACK);
        listed.put("MSFT", new Color(0x808080));
        Theme theme = withColours(List.of(Color.BLACK), listed);
        CompanyColors colors = CompanyColors.of(theme, List.of("AMZN", "MSFT", "ACME", "ZETA"));
        assertThat(colors.color("ACME")).isNotIn(Color.BLACK, new Color(0x808080));
        assertThat(colors.color("ZETA")).isNotIn(Color.BLACK, new Color(0x808080));
    }

    @Test
    void unlistedCompaniesGetDifferentColoursAndShapesWhileThePaletteHasRoom() {
        List<String> bundled = List.of("AMZN", "GOOGL", "META", "MSFT", "ORCL", "AAPL", "BABA", "0700.HK", "CRWV");
        List<String> ids = new ArrayList<>(bundled);
        ids.addAll(List.of("NEWCO", "ACME", "ZETA", "C042"));
        CompanyColors colors = CompanyColors.of(THEME, ids);
        assertThat(ids.stream().map(colors::color).distinct()).hasSize(13);
        assertThat(ids.stream().map(colors::color)).as("13 companies keep to the 13 tested colours")
                .allMatch(THEME.palette()::contains);

        List<String> many = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("C%03d", i)).toList();
        CompanyColors thirty = CompanyColors.of(THEME, many);
        assertThat(many.stream().map(thirty::color).distinct()).as("palette, darker, lighter").hasSize(30);
        assertThat(many.subList(0, 10).stream().map(thirty::marker).distinct()).hasSize(10);
    }

    @Test
    void anUnlistedCompanysColourComesFromItsIdNotItsPlaceInTheData() {
        Color own = CompanyColors.of(THEME, List.of("NEWCO")).color("NEWCO");
        for (Map.Entry<String, Color> listed : THEME.companyColors().entrySet()) {
            Color beside = CompanyColors.of(THEME, List.of(listed.getKey(), "NEWCO")).color("NEWCO");
            if (listed.getValue().equals(own)) {
                assertThat(beside).as("moves on past " + listed.getKey()).isNotEqualTo(own);
            } else {
                assertThat(beside).as("beside " + listed.getKey()).isEqualTo(own);
            }
        }
        assertThat(CompanyColors.of(THEME, List.of("C001", "NEWCO", "C002")).color("NEWCO"))
                .isEqualTo(CompanyColors.of(THEME, List.of("C002", "C001", "NEWCO")).color("NEWCO"));
    }

    @Test
    void listedCompaniesTakeTheirMarkerFromTheirPlaceInTheTheme() {
        CompanyColors colors = CompanyColors.of(THEME, List.of("AMZN", "MSFT", "GOOGL", "META", "ORCL"));
        assertThat(List.of("AMZN", "MSFT", "GOOGL", "META", "ORCL")).extracting(colors::marker)
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(CompanyColors.of(THEME, List.of("ORCL")).marker("ORCL")).isEqualTo(4);
    }

    @Test
    void everyPairOfListedColoursDiffersInGreyOrInMarkerShape() {
        List<String> ids = List.copyOf(THEME.companyColors().keySet());
        CompanyColors colors = CompanyColors.of(THEME, ids);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                double grey = Math.abs(ColourVision.lightness(colors.color(a)) - ColourVision.lightness(colors.color(b)));
                assertThat(grey >= GREY_STEP || colors.marker(a) != colors.marker(b))
                        .as("%s and %s: L* %.1f apart, markers %d and %d", a, b, grey, colors.marker(a), colors.marker(b))
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vision.class)
    void everyPairOfListedColoursStaysApartForReadersWith(Vision vision) {
        List<Map.Entry<String, Color>> listed = List.copyOf(THEME.companyColors().entrySet());
        for (int i = 0; i < listed.size(); i++) {
            for (int j = i + 1; j < listed.size(); j++) {
                double d = ColourVision.difference(listed.get(i).getValue(), listed.get(j).getValue(), vision);
                assertThat(d).as("%s and %s, %s", listed.get(i).getKey(), listed.get(j).getKey(), vision)
                        .isGreaterThanOrEqualTo(LEAST_DIFFERENCE);
            }
        }
    }

    @Test
    void theColourVisionChecksCatchWhatTheOldSlotPaletteGotWrong() {
        // the published CIEDE2000 test pair 1 (Sharma, Wu and Dalal 2005)
        assertThat(ColourVision.deltaE2000(new double[]{50, 2.6772, -79.7751}, new double[]{50, 0, -82.7485}))
                .isCloseTo(2.0425, within(1e-4));
        // the old palette's grey and reddish purple: plain to see, close for a deuteranope
        Color grey = new Color(0x999999);
        Color purple = new Color(0xCC79A7);
        assertThat(ColourVision.difference(grey, purple, Vision.NORMAL)).isGreaterThan(LEAST_DIFFERENCE);
        assertThat(ColourVision.difference(grey, purple, Vision.DEUTERANOPIA)).isLessThan(LEAST_DIFFERENCE);
        // and its vermilion and brown for a protanope
        assertThat(ColourVision.difference(new Color(0xD55E00), new Color(0x8C6D31), Vision.PROTANOPIA))
                .isLessThan(LEAST_DIFFERENCE);
    }

    @Test
    void theBundledThemeFileAndTheBuiltInLookListTheSameCompanies() {
        Theme file = TemplateSet.load(null).theme();
        assertThat(file.companyColors()).containsExactlyEntriesOf(THEME.companyColors());
        assertThat(file.palette()).isEqualTo(THEME.palette());
    }

    private static Theme withColours(List<Color> palette, Map<String, Color> companies) {
        Theme d = Theme.defaults();
        return new Theme(d.firmName(), d.pageSize(), palette, companies, d.accent(), d.ink(), d.muted(), d.rule(),
                d.shade(), d.fonts(), d.logo(), d.topCompanies());
    }
}
